# Ce que dit l'accueil des feuilles, tableaux, cellules et valeurs d'une déclaration en les lisant (`import::parse`) :
# une cellule sans valeur (une erreur de tableur, une formule jamais calculée), une valeur d'un autre genre, une
# colonne ou une étiquette que le format ne connaît pas, une fusion, un champ donné deux fois, une feuille ou une ligne
# masquée. Mêmes identifiants et variables que ../en/intake-parse.ftl. $field est le libellé d'un champ dans la langue
# du lecteur ; $value une valeur telle que saisie.

## Une cellule qui ne contient pas de valeur, ou une valeur que la feuille ne montre pas.
cell_state-spreadsheet_error = { $field } contient l'erreur de tableur { $error }, pas une valeur : corrigez la formule ou saisissez la valeur elle-même
cell_state-lookup_error = { $field } contient l'erreur de tableur { $error } (une recherche, comme RECHERCHEV, qui n'a rien trouvé), pas une valeur : corrigez la formule ou saisissez la valeur elle-même
cell_state-duration = La cellule « { $field } » est au format durée ou heure (elle affiche { $shown }), ce qui n'est ni une date ni un nombre : mettez la cellule au format date ou nombre (ou texte) et saisissez de nouveau la valeur
cell_state-uncalculated = { $field } contient une formule ({ $formula }) dont le résultat n'a jamais été calculé : ouvrez et enregistrez le fichier dans votre tableur pour que ses formules soient calculées, puis envoyez-le de nouveau
cell_state-stale = { $field } contient une formule ({ $formula }) dont le résultat enregistré peut être périmé : le classeur est en calcul manuel et a été enregistré sans être recalculé, la valeur affichée peut donc précéder les cellules que lit la formule. Recalculez le classeur (F9, ou calcul automatique), enregistrez-le et envoyez-le de nouveau, ou saisissez la valeur elle-même
cell_state-mixed_script = { $field } « { $value } » : la lettre « { $letter } » ({ $code } { $name }, { $position }{ $position ->
        [1] er
       *[other] e
    } caractère) est { $script ->
        [latin] latine
        [cyrillic] cyrillique
        [greek] grecque
       *[phonetic] une lettre de l'alphabet phonétique (API)
    } dans le mot « { $word } », écrit en lettres { $word_script ->
        [latin] latines
        [cyrillic] cyrilliques
       *[greek] grecques
    }, et se dessine comme leur « { $looks_like } » : le mot paraît juste et se lit comme un autre (un lieu ou un pays introuvable). Retapez le mot dans un seul alphabet et envoyez le fichier de nouveau
cell_state-too_long = { $field } contient { $length } caractères, plus que les { $most } que ce champ accepte ({ $kind ->
        [line] un nom, un identifiant ou un code
        [lines] une adresse
        [goods] les mots des biens
       *[free] un texte libre
    }) : une colonne collée dans une cellule, ou un texte qui appartient à un autre champ. Raccourcissez-le et envoyez le fichier de nouveau
cell_state-double_encoded = { $field } « { $value } » est un texte UTF-8 lu comme du Windows-1252 (Latin-1) puis réenregistré : vouliez-vous dire « { $meant } » ? Corrigez le texte, ou ouvrez le fichier d'origine en UTF-8
cell_state-cell_too_long = La cellule contient plus de { $count } { $count ->
        [one] caractère
       *[other] caractères
    }
cell_state-text_too_long = La valeur texte contient plus de { $count } { $count ->
        [one] caractère
       *[other] caractères
    }
cell_state-required = { $field } est obligatoire
cell_state-format_unknown = { $field } contient le nombre { $number } affiché dans le format de nombre « { $format } », dont le texte ne se lit pas dans le fichier (ses séparateurs et sa marque décimale sont ceux du tableur qui l'affiche ; une condition, une fraction ou un exposant ne sont pas ceux d'un identifiant) : saisissez la valeur comme du texte (cellule au format Texte) et envoyez le fichier de nouveau
cell_state-hidden_by_format = { $field } contient { $number }, que son format de nombre « { $format } » masque (la cellule n'affiche rien) : il est lu comme { $number }. Si cette valeur n'est pas voulue, videz la cellule ; si elle l'est, donnez à la cellule un format qui l'affiche

## Une valeur d'un autre genre que celui attendu.
value-too_large = « { $value } » est trop grand : au plus { $most } est accepté
value-not_number = « { $value } » n'est pas un nombre : écrivez-le en chiffres (1250 ou 12,5)
value-percent_cell_over = La cellule est au format pourcentage et contient { $number }, que le tableur affiche comme { $shown } % : une part va de 0 à 100 %. Saisissez la part telle que le tableur l'affiche (35 %)
value-percent_unknown = { $number } peut valoir { $number } % ou, dans une cellule au format pourcentage, { $percent } % : ce format de classeur ne dit pas lequel. Écrivez la part en texte (35 %) ou enregistrez le classeur en .xlsx
value-share_negative = « { $value } » est négatif : une part va de 0 à 100 %
value-share_over = « { $value } » dépasse 100 % : une part va de 0 à 100 % (écrivez 35, 35 % ou 0,35 dans une cellule en pourcentage)
value-not_in_list = « { $value } » ne figure pas dans la liste des { $what } : utilisez l'une des valeurs { $accepted }
value-not_yes_no = « { $value } » n'est ni oui ni non : écrivez Oui/Non, Yes/No, O/N, Y/N, TRUE/FALSE ou 1/0
value-solicitation_placeholder = « { $value } » n'est pas un numéro d'invitation : laissez la cellule vide pour une déclaration permanente (qui ne répond à aucune invitation), ou écrivez le numéro de l'invitation à laquelle répond la soumission, tel qu'il figure sur l'invitation (W8486-260555/A)
value-solicitation_character = « { $value } » contient { $code } { $name } au { $position ->
    [1] 1er
   *[other] { $position }e
} caractère, qu'aucun numéro d'invitation ne contient : écrivez le numéro avec des lettres, des chiffres, des traits d'union et des barres obliques seulement, tel qu'il figure sur l'invitation (W8486-260555/A) ; un numéro qui paraît le même est une autre invitation, et la soumission ne serait pas classée avec les autres
value-solicitation_hyphen = « { $value } » est écrit sans le trait d'union des numéros d'invitation de SPAC : vouliez-vous dire « { $meant } » ? Écrivez-le comme l'invitation et envoyez le fichier de nouveau (lu tel quel, il ouvrirait une autre invitation au lieu de rejoindre celle-ci)
value-country_na = « { $value } » est le code ISO 3166 de la Namibie et aussi la façon d'écrire « non disponible » (en anglais), il n'est donc lu ni comme l'un ni comme l'autre : écrivez Namibie (ou NAM) pour un lieu en Namibie ; pour un lieu dont vous ne connaissez pas le pays, renseignez-vous — le pays de chaque lieu est requis, et le risque d'un lieu se lit d'après son pays
value-country_placeholder = « { $value } » s'écrit comme l'abréviation de « { $meaning } » et c'est aussi le code ISO 3166 d'un pays, { $country } ({ $code }) : il n'est donc lu ni comme l'un ni comme l'autre. Pour ce pays, écrivez { $code } en majuscules ou le nom du pays ; si le pays n'est pas connu, renseignez-vous — le pays est requis
value-list_empty = « { $value } » ne nomme aucun élément, seulement des séparateurs : écrivez les éléments séparés par des points-virgules (S1 ; S2), ou laissez la cellule vide quand il n'y en a aucun
value-not_email = « { $value } » n'est pas une adresse courriel : { $why ->
        [at_twice] elle contient plus d'un @
        [no_at] elle n'a pas de @
        [no_local] rien ne précède le @
        [no_domain] rien ne suit le @
        [no_dot] son domaine n'a pas de point (nom@exemple.ca)
        [display_name] écrivez l'adresse seule, sans nom ni chevrons
        [too_long] une de ses parties est plus longue que ne le permet une adresse
        [space] elle contient une espace
       *[other] elle contient un caractère qu'une adresse ne peut contenir, ou un point mal placé
    }
value-not_business_number = « { $value } » n'est pas un numéro d'entreprise : { $why }
value-not_valid_business_number = « { $value } » n'est pas un numéro d'entreprise valide : { $why }
value-not_classification = « { $value } » n'est ni un code UNSPSC (8 chiffres, p. ex. 46181504) ni un code NIBS (p. ex. N8415)

## Les colonnes d'un tableau et les lignes sous son en-tête.
column-unknown = La colonne inconnue « { $label } » est ignorée
column-unknown_key = La clé inconnue « { $label } » est ignorée
column-unknown_key_in_others = La clé inconnue « { $label } » est ignorée (ici et dans { $others } { $others ->
        [one] autre objet
       *[other] autres objets
    } de la liste)
column-seems_a_field = La colonne « { $label } » n'est pas une colonne du format, et ses valeurs ne seraient pas lues : vouliez-vous dire « { $field } » ? Donnez à la colonne l'en-tête « { $field } » (« { $other } » en anglais), ou supprimez la colonne, et envoyez le fichier de nouveau
column-seems_a_key = La clé « { $label } » n'est pas une clé du format, et ses valeurs ne seraient pas lues : vouliez-vous dire « { $key } » ({ $field }) ? Renommez la clé « { $key } » dans chaque objet qui la porte, ou supprimez-la, et envoyez le fichier de nouveau
column-header_lower = L'en-tête du tableau n'est pas là où il est attendu, à la ligne { $row }, la première de la feuille : la ligne { $below } lui ressemble. Supprimez les lignes au-dessus de l'en-tête (un titre, une note) et envoyez le fichier de nouveau.
column-required_missing = La colonne obligatoire « { $field } » manque à la feuille
column-required_missing_merged = La colonne obligatoire « { $field } » manque à la feuille : l'en-tête fusionné sur { $ranges } la cache peut-être. Annulez la fusion et donnez à chaque colonne son en-tête
column-value_outside = Cette cellule contient une valeur hors des colonnes du tableau, sur une ligne qui ne déclare rien : supprimez-la (ou donnez à sa colonne un en-tête du format) et envoyez le fichier de nouveau
column-twice_same = La colonne « { $label_b } » ({ $b }) donne une deuxième fois le champ « { $field } », après « { $label_a } » ({ $a }) ; les deux contiennent les mêmes valeurs et la première est lue.{ $hidden }
column-language_version = La colonne « { $label_b } » ({ $b }) donne le champ « { $field } » dans une de ses langues, à côté de « { $label_a } » ({ $a }) : le format n'en garde qu'un, donc « { $label_a } » est lu et cette colonne n'est pas enregistrée
column-twice_differ = Le champ « { $field } » est donné par deux colonnes, « { $label_a } » ({ $a }) et « { $label_b } » ({ $b }), dont les valeurs diffèrent sur { $count ->
        [one] la ligne
       *[other] les lignes
    } { $rows } : on ne peut savoir laquelle vaut.{ $hidden } Gardez une seule colonne et envoyez le fichier de nouveau.
column-one_hidden = {" "}La colonne { $column } est masquée dans le classeur : ce n'est pas ce que la feuille montre.
column-both_hidden = {" "}Les deux colonnes sont masquées dans le classeur.
column-heading_merged = L'en-tête « { $text } » est fusionné sur les cellules { $range } : la première ligne du tableau donne à chaque colonne son en-tête dans une cellule à lui (un titre au-dessus du tableau ne peut pas être lu). Annulez la fusion, donnez à chaque colonne son en-tête (supprimez une ligne de titre) et envoyez le fichier de nouveau.
column-merged_fields = Les cellules { $range } sont fusionnées sur les colonnes { $fields } : une valeur ne peut pas remplir plusieurs champs. Annulez la fusion et remplissez chaque cellule.
column-merged_quantity = Les cellules { $range } fusionnent une valeur de « { $field } » sur plusieurs lignes : ce nombre est propre à chaque lieu, et recopié il serait compté pour chacun. Annulez la fusion et inscrivez le nombre de chaque lieu.
column-merged_heading_data = Les cellules { $range } fusionnent l'en-tête de colonne avec des lignes de données : annulez la fusion pour que chaque ligne ait sa valeur.

## Le formulaire Fournisseur : une étiquette en colonne A, sa valeur en colonne B.
supplier_form-field_twice = Le champ « { $field } » est donné deux fois (d'abord en { $first }) : gardez-en une seule valeur
supplier_form-field_twice_same = Le champ « { $field } » est donné deux fois (d'abord en { $first }) avec la même valeur : il est lu une fois
supplier_form-language_version = Le libellé « { $label } » donne le champ « { $field } » dans une de ses langues, à côté de « { $plain } » ({ $first }) : le format n'en garde qu'un, donc la valeur de { $first } est lue et celle-ci n'est pas enregistrée
supplier_form-seems_a_field = L'étiquette « { $label } » n'est pas une étiquette du formulaire, et la valeur à côté ne serait pas lue : vouliez-vous dire « { $field } » ? Écrivez l'étiquette « { $field } » (« { $other } » en anglais) dans cette cellule et envoyez le fichier de nouveau
supplier_form-unknown_label = L'étiquette inconnue « { $label } » est ignorée
supplier_form-past_value_column = Cette cellule est au-delà de la colonne des valeurs du formulaire (B) : son contenu n'est pas lu. Inscrivez la valeur du champ en { $cell } seulement.
supplier_form-label_merged = L'étiquette « { $field } » est fusionnée avec la cellule de sa valeur sur { $range } : la valeur est lue dans la colonne B de la ligne de l'étiquette. Annulez la fusion et inscrivez la valeur en { $cell }.
supplier_form-merged_fields = Les cellules { $range } sont fusionnées sur plusieurs champs du formulaire : annulez la fusion et remplissez chaque valeur.
supplier_form-required_missing = Le champ obligatoire « { $field } » manque à la feuille

## Les droits attestés et les questions répondues.
answers-right_unanswered = Le droit « { $right } » n'a pas de réponse : il compte comme non attesté
answers-right_twice = Le droit « { $right } » est attesté deux fois (d'abord en { $first }), avec la réponse « { $there } » là et « { $here } » ici : gardez-en une seule
answers-question_unknown = La question inconnue « { $question } » est ignorée
answers-question_twice = La question « { $question } » reçoit deux réponses (d'abord en { $first }) : gardez-en une seule

## Les lieux, ce qu'ils fournissent, et les biens.
sites-id_blank = Un ID de lieu ne peut pas être vide
sites-id_twice = L'ID du lieu « { $id } » est utilisé deux fois (d'abord en { $first })
sites-not_an_id = « { $value } » n'est pas un ID de lieu de cette feuille
sites-not_an_id_of = « { $value } » n'est pas un ID de lieu de la feuille { $sheet }
sites-fraction_among_percentages = La part de la valeur { $share } est lue comme { $share } %, parmi des parts supérieures à 1 % dans la même colonne : s'il s'agit d'une fraction, écrivez { $meant } (ou { $share } dans une cellule au format pourcentage)
goods_row-summary_word = La ligne { $row } résume les lignes de biens, ce n'est pas une ligne : son texte « { $text } » en fait un total. Un total n'est pas un article et compterait la dépense deux fois : supprimez la ligne et envoyez le fichier de nouveau
goods_row-summary_sum = La ligne { $row } résume les lignes de biens, ce n'est pas une ligne : elle ne nomme aucun lieu de fabrication et sa valeur est la somme des { $count } valeurs au-dessus. Un total n'est pas un article et compterait la dépense deux fois : supprimez la ligne et envoyez le fichier de nouveau

## Une feuille ou une ligne que le classeur masque. $hidden vaut `very` pour une feuille que seul du code peut afficher (« veryHidden »).
hidden_sheet-how = Affichez-la (clic droit sur un onglet, puis Afficher, ou Accueil > Format > Masquer & afficher > Afficher la feuille ; dans LibreOffice Calc, Feuille > Afficher la feuille) et vérifiez qu'elle contient ce que vous entendez déclarer
hidden_sheet-how_very = Les menus d'Excel ne peuvent pas l'afficher (Afficher ne propose pas une feuille très masquée) : affichez-la avec l'éditeur VBA (Alt+F11, sélectionnez la feuille dans la fenêtre Projet, puis réglez Visible sur « -1 - xlSheetVisible » dans ses Propriétés) ou dans LibreOffice Calc (Feuille > Afficher la feuille), et vérifiez qu'elle contient ce que vous entendez déclarer ; ou copiez vos données dans la feuille du même nom du modèle et envoyez ce fichier
hidden_sheet-note = La feuille « { $sheet } » est { $hidden ->
        [very] très masquée (« veryHidden »)
       *[other] masquée
    } dans le classeur : vous ne la voyez pas à l'écran. { $hidden ->
        [very] { hidden_sheet-how_very }
       *[other] { hidden_sheet-how }
    }.
hidden_sheet-place = { $place } est sur la feuille « { $sheet } », { $hidden ->
        [very] très masquée (« veryHidden »)
       *[other] masquée
    } dans le classeur : vous ne la voyez pas à l'écran. { $hidden ->
        [very] { hidden_sheet-how_very }
       *[other] { hidden_sheet-how }
    }
hidden_sheet-place_on_row = { $place } est sur la ligne { $row } de la feuille « { $sheet } », masquée dans le classeur : vous ne la voyez pas à l'écran (sélectionnez les lignes qui l'entourent, clic droit, Afficher, pour l'afficher)
hidden_sheet-after = { $message } { $note }
hidden_sheet-after_sentence = { $message }. { $note }

## Le fichier dans son ensemble.
declaration_file-required_key = La clé obligatoire « { $key } » (la feuille « { $sheet } » d'un classeur) manque dans { $file }
declaration_file-required_sheet = La feuille obligatoire « { $sheet } » (« { $other } » en anglais) manque dans { $file }
declaration_file-no_site = La feuille ne déclare aucun lieu : déclarez au moins le lieu où les biens sont fabriqués
declaration_file-errors_not_listed = { $errors } { $errors ->
        [one] autre erreur n'est pas énumérée
       *[other] autres erreurs ne sont pas énumérées
    } : corrigez les problèmes ci-dessus (souvent une même cause répétée dans une colonne) et envoyez le fichier de nouveau
declaration_file-warnings_not_listed = { $warnings } { $warnings ->
        [one] autre avertissement n'est pas énuméré
       *[other] autres avertissements ne sont pas énumérés
    } : corrigez les problèmes ci-dessus (souvent une même cause répétée dans une colonne) et envoyez le fichier de nouveau
declaration_file-both_not_listed = { $errors } { $errors ->
        [one] autre erreur
       *[other] autres erreurs
    } et { $warnings } { $warnings ->
        [one] autre avertissement
       *[other] autres avertissements
    } ne sont pas énumérés : corrigez les problèmes ci-dessus (souvent une même cause répétée dans une colonne) et envoyez le fichier de nouveau
