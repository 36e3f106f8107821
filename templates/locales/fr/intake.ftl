# Les mots de la réception : ce que le modèle de déclaration dit dans chaque cellule et sur sa feuille
# d'instructions, et les refus et avertissements de la lecture d'un fichier soumis (`import`), dits dans la langue
# du lecteur là où ils sont montrés (`import` construit le message, `domain::say` le dit). Mêmes identifiants et
# variables que ../en/intake.ftl (un test le vérifie).

# Les invites du modèle, au plus 255 caractères chacune (limite d'Excel ; un test le vérifie).
template-prompt-supplier-legal_name = La dénomination sociale de votre organisation, telle qu'enregistrée.
template-prompt-supplier-business_number = Votre numéro d'entreprise de l'ARC à 9 chiffres (un compte de programme comme 123456782RT0001 est accepté).
template-prompt-supplier-country = Le pays de votre organisation : choisissez-le dans la liste.
template-prompt-supplier-address = L'adresse de votre siège.
template-prompt-supplier-contact_name = La personne qui répond aux questions sur cette déclaration.
template-prompt-supplier-contact_email = Son adresse courriel.
template-prompt-supplier-solicitation = L'invitation à laquelle répond cette déclaration (vide pour une déclaration permanente).
template-prompt-supplier-declaration_date = La date de signature de la déclaration, p. ex. 2026-03-31.
template-prompt-supplier-signatory_name = Le nom de la personne qui signe.
template-prompt-supplier-signatory_title = Son titre dans votre organisation.
template-prompt-attestations-right = Le droit attesté : choisissez-le dans la liste (une ligne pour chacun des neuf droits).
template-prompt-attestations-attested = Oui si votre organisation respecte ce droit et l'exige aussi loin que l'indique la portée ; Non sinon.
template-prompt-attestations-scope = Jusqu'où votre attestation s'étend dans la chaîne : choisissez dans la liste.
template-prompt-attestations-comment = Ce que l'agent devrait savoir sur cette réponse.
template-prompt-due_diligence-question = La question, telle qu'écrite dans le modèle.
template-prompt-due_diligence-answer = Oui ou Non ; pour les niveaux de la chaîne cartographiés, leur nombre (un nombre entier).
template-prompt-due_diligence-detail = Pour les audits sociaux, la norme (p. ex. SMETA) ; pour le rapport S-211, son adresse Web.
template-prompt-places-site_id = Un identifiant court de votre choix pour ce lieu (p. ex. S1), unique dans la feuille.
template-prompt-places-site_name = Le nom du lieu, p. ex. celui de l'usine ou de la ferme.
template-prompt-places-operator = L'entreprise qui exploite le lieu, si ce n'est pas le nom du lieu lui-même.
template-prompt-places-operator_business_number = Le numéro d'entreprise de l'exploitant, s'il en a un au Canada.
template-prompt-places-role = Ce que fait le lieu dans la chaîne : choisissez dans la liste.
template-prompt-places-goods = Ce que le lieu fabrique ou manipule, en mots simples (p. ex. fil de coton).
template-prompt-places-classification = Le code UNSPSC (8 chiffres, p. ex. 46181504) ou NIBS (p. ex. N8415) de ces biens.
template-prompt-places-inputs = Les principales matières qu'utilise le lieu, séparées par ; (p. ex. coton ; polyester).
template-prompt-places-address = L'adresse municipale du lieu.
template-prompt-places-city = La ville ou la localité.
template-prompt-places-region = La province, l'État ou la région.
template-prompt-places-country = Le pays du lieu : choisissez-le dans la liste.
template-prompt-places-postal_code = Le code postal.
template-prompt-places-workers = Le nombre de personnes qui travaillent au lieu (un nombre entier).
template-prompt-places-share_of_value = La part de la valeur des biens ajoutée à ce lieu, de 0 à 100.
template-prompt-places-supplies_to = Les ID des lieux que ce lieu approvisionne, séparés par ; (vide : il vous approvisionne, niveau 1).
template-prompt-places-os_id = L'ID Open Supply Hub du lieu, s'il en a un.
template-prompt-places-last_audit_date = La date du dernier audit social du lieu, p. ex. 2026-03-31.
template-prompt-places-audit_standard = La norme de cet audit (p. ex. SMETA, SA8000).
template-prompt-goods-item = L'article de la soumission, tel qu'il figure dans votre soumission.
template-prompt-goods-description = Ce qu'est l'article, en mots simples.
template-prompt-goods-classification = Le code UNSPSC (8 chiffres) ou NIBS (p. ex. N8415) de l'article.
template-prompt-goods-quantity = Le nombre d'unités.
template-prompt-goods-value = La valeur de la ligne en dollars canadiens.
template-prompt-goods-produced_at = Les ID des lieux qui fabriquent l'article, séparés par ;.

# Les refus des listes déroulantes d'une valeur absente de leur liste.
template-choose_country = Choisissez un pays de la liste ou tapez son code ISO (p. ex. MY).
template-choose_value = Choisissez une valeur de la liste.

# La feuille d'instructions : ce que contient chaque feuille, puis le titre de la ligne d'exemple.
template-readme-format = Format 1 — Code de conduite pour l'approvisionnement, lieu de travail et diligence raisonnable
template-readme-supplier = Une étiquette par ligne en colonne A, sa valeur en colonne B. Les champs marqués * sont obligatoires. Dates au format 2026-03-31. Chaque cellule affiche ce qu'elle attend lorsqu'on la sélectionne.
template-readme-attestations = Une ligne pour chacun des neuf droits. Attesté : Oui ou Non. Portée : choisissez dans la liste (Fournisseur ; Fournisseur et sous-traitants de premier niveau ; Toute la chaîne). Un droit manquant ou « Non » devient un constat.
template-readme-due_diligence = Répondez à chaque question (Oui/Non ; « Niveaux de la chaîne cartographiés » : leur nombre). Détail : norme d'audit, adresse du rapport S-211.
template-readme-places = Une ligne par lieu de la chaîne de production, les vôtres compris : nom, adresse et pays du fabricant et de chaque sous-traitant. Rôle et pays : choisissez dans la liste. « Fournit à » : les ID des lieux que ce lieu approvisionne, séparés par ; (vide = vous-même, niveau 1). Exemple ci-dessous.
template-readme-goods = Facultatif : les articles de la soumission, leur code UNSPSC ou NIBS et les ID des lieux qui les produisent.
template-readme-numbers = Tapez les nombres dans des cellules numériques, ou en texte sans séparateur de milliers ou avec des espaces (1250, 1 250 ou 12,5 ; 1,250,000.50 et 1.250.000,50 se lisent aussi) ; une seule virgule ou un seul point devant les trois derniers chiffres (1,250 ou 1.250) peut se lire de deux façons et est refusé.
template-readme-errors = Un fichier qui contient une erreur est refusé en entier et rien n'en est enregistré ; chaque erreur indique sa cellule (p. ex. { $sheet }!{ $cell }).
template-example = Exemple : une ligne de la feuille LieuxDeTravail (une filature qui approvisionne le lieu S1)

# La valeur enregistrée d'une cellule qui n'est pas ce que dit son type (`cell_values.rs`) : le type, puis le refus.
intake-cell-kind-number = un nombre
intake-cell-kind-boolean = une valeur VRAI ou FAUX (0 ou 1)
intake-cell-kind-boolean_words = une valeur VRAI ou FAUX
intake-cell-kind-shared_text = le numéro de l'un de ses textes
intake-cell-kind-date = une date
intake-cell-kind-inline_text = du texte écrit dans la cellule
intake-cell-kind-unknown = une valeur d'un type inconnu
intake-cell-malformed = Le classeur enregistre cette cellule comme { $kind }, mais sa valeur enregistrée « { $stored } »{ $spaced ->
        [yes] { " " }(avec des espaces avant ou après)
       *[no] {""}
    } ne correspond pas à ce type : un tableur ne l'écrit jamais ainsi, et la lire serait deviner. Saisissez de nouveau la valeur dans votre tableur, enregistrez le fichier et envoyez-le encore.
intake-cell-not_finite = Le nombre enregistré dans cette cellule (« { $shown } ») n'est pas un nombre fini : saisissez la valeur elle-même

# Les tailles en mots (unités binaires, comme les limites ; en français une espace insécable avant l'unité).
intake-size-bytes = { $n } octets
intake-size-kib = { $n } Kio
intake-size-mib = { $n } Mio

# Le fichier en entier et son archive (`readers.rs`).
intake-file-too_large = Le fichier dépasse la limite de { $limit } : envoyez un fichier plus petit (les seules feuilles de la déclaration, sans images ni autres feuilles)
intake-file-other_business_number = { $given ->
        [no] Ce fichier ne donne aucun numéro d'entreprise (feuille Fournisseur, ou /supplier/business_number en JSON)
       *[other] Ce fichier déclare le numéro d'entreprise { $declared }
    } ; votre compte ne peut soumettre que des déclarations pour { $expected }. Rien n'a été enregistré.
intake-file-empty = Le fichier est vide (0 octet) : il a été tronqué à l'enregistrement, à la copie ou à l'envoi. Enregistrez-le de nouveau et envoyez-le encore.
intake-file-zip_unopenable = Le fichier semble être une archive zip mais ne peut pas être ouvert : il est endommagé ou incomplet.
intake-file-not_a_declaration = Le fichier n'est pas un classeur de déclaration : envoyez un classeur .xlsx, .xlsm ou .ods, un .zip de fichiers CSV ou un document JSON
intake-archive-zip_bomb = L'archive se décompresse en plus de { $limit } ({ $size } ou plus) : elle est refusée comme possible bombe de décompression
intake-archive-damaged = L'archive est endommagée ou incomplète : enregistrez-la de nouveau et envoyez-la encore.
intake-archive-declared_texts = Le classeur déclare { $declared } textes différents ; au plus { $most } sont lus. Enregistrez-le de nouveau depuis votre tableur.
intake-archive-too_many_texts = Le classeur contient plus de { $most } textes différents ; au plus autant sont lus
intake-archive-long_text = Une cellule du classeur contient plus de { $most } caractères (dans sa partie { $part }) : raccourcissez-la
intake-archive-long_blank = La partie { $part } du classeur est remplie d'une longue suite d'espaces entre ses éléments, ce qu'aucun tableur n'écrit : elle est refusée sans être lue. Enregistrez de nouveau le classeur depuis votre tableur et envoyez-le encore.
intake-archive-long_tag = Un élément de la partie { $part } du classeur est plus long que ce qu'écrit un tableur (son nom et ses attributs seuls) : il est refusé sans être lu. Enregistrez de nouveau le classeur depuis votre tableur et envoyez-le encore.
intake-archive-unopenable = L'archive ne peut pas être ouverte : elle est endommagée ou incomplète.
intake-archive-too_many_csv = L'archive contient { $count ->
        [one] { $count } fichier CSV
       *[other] { $count } fichiers CSV
    } ; au plus { $most ->
        [one] { $most } est accepté
       *[other] { $most } sont acceptés
    }
intake-archive-file_unreadable = Le fichier est illisible : l'archive est endommagée.
intake-archive-file_too_long = Le fichier contient plus de { $size } de texte ; la réception n'en accepte pas plus

# Un classeur illisible, et pourquoi (`spreadsheet.rs`) : la cause, puis le refus.
intake-workbook-cause-archive = son archive est endommagée ou incomplète
intake-workbook-cause-entities = son balisage déclare ou emploie des entités (une DTD ou une déclaration d'entité), dont un classeur n'a jamais besoin et que la réception n'accepte pas
intake-workbook-cause-xml = son balisage XML est mal formé
intake-workbook-cause-number = un nombre de son balisage (une ligne, une colonne, une taille) est mal formé
intake-workbook-cause-missing = une partie nécessaire à sa lecture est absente
intake-workbook-cause-part_missing = sa partie « { $part } » est absente
intake-workbook-cause-part_empty = sa partie « { $part } » est vide
intake-workbook-cause-part_records = les enregistrements de sa partie « { $part } » sont tronqués ou ne sont pas ceux du format
intake-workbook-cause-part_xml = le balisage XML de sa partie « { $part } » est mal formé
intake-workbook-cause-part_no_target = sa partie « { $part } » ne dit pas où la feuille « { $sheet } » est rangée
intake-workbook-cause-password = il est protégé par un mot de passe
intake-workbook-cause-other = son contenu n'est pas celui qu'exige le format
intake-workbook-damaged = Le classeur ne peut pas être lu : { $cause }. Enregistrez-le de nouveau depuis votre tableur et envoyez-le encore.
intake-workbook-sheet_damaged = La feuille « { $sheet } » de { $file } ne peut pas être lue : { $cause }. Enregistrez de nouveau le classeur depuis votre tableur.
intake-workbook-too_many_sheets = Le classeur compte { $count ->
        [one] { $count } feuille
       *[other] { $count } feuilles
    } ; au plus { $most ->
        [one] { $most } est acceptée
       *[other] { $most } sont acceptées
    }
intake-workbook-encrypted = Le classeur est chiffré par un mot de passe, il ne peut donc pas être lu : ouvrez-le dans votre tableur, retirez le mot de passe (dans Excel : Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe, puis effacez le mot de passe ; dans LibreOffice : Fichier › Enregistrer sous, sans « Enregistrer avec mot de passe »), enregistrez-le et envoyez-le de nouveau. Une déclaration envoyée à un acheteur public est lue par les personnes qui l'évaluent : elle n'a pas besoin de mot de passe.
intake-workbook-xls = Le fichier est au format Excel 97-2003 (.xls), qui n'est pas accepté : ouvrez-le dans votre tableur et enregistrez-le comme classeur Excel (.xlsx), puis envoyez-le de nouveau.

# Ce que le classeur masque et que la réception a lu quand même (avertissements).
intake-hidden-sheet = La feuille est masquée dans le classeur ; elle a été lue comme les autres. { hidden_sheet-how }.
intake-hidden-sheet_very = La feuille est très masquée (« veryHidden ») dans le classeur ; elle a été lue comme les autres. { hidden_sheet-how_very }.
intake-hidden-rows = { $count ->
        [one] La ligne { $list } de la feuille est masquée et contient des valeurs ; elle a été lue comme les autres. Affichez-la et vérifiez qu'elle contient ce que vous entendez déclarer.
       *[other] Les lignes { $list } de la feuille sont masquées et contiennent des valeurs ; elles ont été lues comme les autres. Affichez-les et vérifiez qu'elles contiennent ce que vous entendez déclarer.
    }
intake-hidden-columns = { $count ->
        [one] La colonne { $list } de la feuille est masquée et contient des valeurs ; elle a été lue comme les autres. Affichez-la et vérifiez qu'elle contient ce que vous entendez déclarer.
       *[other] Les colonnes { $list } de la feuille sont masquées et contiennent des valeurs ; elles ont été lues comme les autres. Affichez-les et vérifiez qu'elles contiennent ce que vous entendez déclarer.
    }
intake-hidden-conditional_cell = La cellule { $list } de la feuille contient une valeur soumise à une mise en forme conditionnelle qui peut l'afficher dans la couleur de son fond, ou n'en rien afficher ; elle a été lue comme les autres. Retirez la mise en forme conditionnelle, ou vérifiez que cette cellule contient ce que vous entendez déclarer.
intake-hidden-conditional = { $count ->
        [one] Les cellules { $list } de la feuille contiennent des valeurs soumises à une mise en forme conditionnelle qui peut les afficher dans la couleur de leur fond, ou n'en rien afficher ; elles ont été lues comme les autres. Retirez la mise en forme conditionnelle, ou vérifiez que ces cellules contiennent ce que vous entendez déclarer.
       *[other] Les cellules { $list } de la feuille contiennent des valeurs soumises à une mise en forme conditionnelle qui peut les afficher dans la couleur de leur fond, ou n'en rien afficher ; elles ont été lues comme les autres. Retirez la mise en forme conditionnelle, ou vérifiez que ces cellules contiennent ce que vous entendez déclarer.
    }
intake-hidden-runs = { $count ->
        [one] La cellule { $list } de la feuille contient un texte écrit, en tout ou en partie, dans une couleur qu'on ne distingue pas du fond de la cellule, dans une police trop petite pour être lue ou en texte masqué, que la feuille ne montre pas (« { $text } ») ; ce texte a été lu avec le reste de la cellule. Donnez-lui une couleur et une taille visibles, ou retirez-le, et vérifiez que la cellule contient ce que vous entendez déclarer.
       *[other] Les cellules { $list } de la feuille contiennent un texte écrit, en tout ou en partie, dans une couleur qu'on ne distingue pas du fond de la cellule, dans une police trop petite pour être lue ou en texte masqué, que la feuille ne montre pas (le premier : « { $text } ») ; ce texte a été lu avec le reste de chaque cellule. Donnez-lui une couleur et une taille visibles, ou retirez-le, et vérifiez que les cellules contiennent ce que vous entendez déclarer.
    }
intake-hidden-white_rows = { $count ->
        [one] La ligne { $list } de la feuille contient des valeurs écrites dans une couleur qu'on ne distingue pas de leur fond (blanc sur blanc, jaune sur jaune) ou dans une police trop petite pour être lue, que la feuille ne montre pas ; elles ont été lues comme les autres. Donnez-leur une couleur et une taille visibles et vérifiez qu'elles contiennent ce que vous entendez déclarer.
       *[other] Les lignes { $list } de la feuille contiennent des valeurs écrites dans une couleur qu'on ne distingue pas de leur fond (blanc sur blanc, jaune sur jaune) ou dans une police trop petite pour être lue, que la feuille ne montre pas ; elles ont été lues comme les autres. Donnez-leur une couleur et une taille visibles et vérifiez qu'elles contiennent ce que vous entendez déclarer.
    }

# Une feuille OpenDocument plus grande que ce que lit la réception, ou que ce que peut être une feuille.
intake-ods-past_grid = Le fichier contient une valeur après la dernière ligne ou colonne de la feuille (ligne { $row }, colonne { $column } ; une feuille a { $rows } lignes et { $columns } colonnes) : aucun tableur ne l'a écrit ainsi. Enregistrez de nouveau le fichier dans votre tableur, ou en .xlsx, et envoyez-le de nouveau.
intake-ods-too_many_filled = La feuille contient plus de { $most ->
        [one] { $most } cellule remplie
       *[other] { $most } cellules remplies
    } avec cette cellule ({ $count } jusqu'ici, une valeur que le fichier répète sur des lignes ou des colonnes comptant pour chaque cellule qu'elle remplit) ; elle est refusée à cette cellule. Supprimez les cellules, ou les répétitions, qui ne font pas partie de la déclaration et envoyez le fichier de nouveau.
intake-ods-repeated_rows = Le fichier répète cette ligne { $repeat } fois : la feuille compterait plus de { $most ->
        [one] { $most } ligne remplie
       *[other] { $most } lignes remplies
    } ; au plus { $most ->
        [one] { $most } est lue
       *[other] { $most } sont lues
    }. Supprimez les lignes répétées qui ne font pas partie de la déclaration et envoyez le fichier de nouveau.
intake-ods-repeated_columns = Le fichier répète cette cellule sur { $repeat } colonnes ; au plus { $most ->
        [one] { $most } colonne remplie est lue
       *[other] { $most } colonnes remplies sont lues
    }. Supprimez les colonnes répétées qui ne font pas partie de la déclaration et envoyez le fichier de nouveau.
intake-ods-too_many_rows = La feuille compte plus de { $most ->
        [one] { $most } ligne remplie
       *[other] { $most } lignes remplies
    } (les lignes répétées par le fichier comptent aussi) ; cette ligne dépasse la limite
intake-ods-too_many_cells = Les feuilles du classeur contiennent ensemble plus de { $most ->
        [one] { $most } cellule remplie
       *[other] { $most } cellules remplies
    } ; au plus autant sont lues

# Une feuille au-delà des limites de la réception, ou donnée deux fois (`grid.rs`).
intake-sheet-too_much_text = Le fichier contient plus de texte que la réception n'en accepte ; il est refusé à cette cellule. Retirez ce qui ne fait pas partie de la déclaration (notes, documents collés) et envoyez-le de nouveau.
intake-sheet-too_many_cells = La feuille contient plus de { $most ->
        [one] { $most } cellule remplie
       *[other] { $most } cellules remplies
    } ; elle est refusée à cette cellule. Supprimez les cellules qui ne font pas partie de la déclaration et envoyez-la de nouveau.
intake-sheet-too_many_rows = La feuille compte plus de { $most ->
        [one] { $most } ligne remplie
       *[other] { $most } lignes remplies
    } ; au plus { $most ->
        [one] { $most } est acceptée
       *[other] { $most } sont acceptées
    }. Cette ligne dépasse la limite.
intake-sheet-too_many_columns = La feuille a des valeurs dans plus de { $most ->
        [one] { $most } colonne différente
       *[other] { $most } colonnes différentes
    } ; cette cellule dépasse la limite. Supprimez les colonnes qui ne font pas partie de la déclaration et envoyez-la de nouveau.
intake-sheet-too_many_merges = La feuille compte plus de { $most ->
        [one] { $most } plage fusionnée
       *[other] { $most } plages fusionnées
    }
intake-sheet-cell_twice = Le classeur donne deux fois la cellule { $cell }, avec des valeurs différentes : on ne peut savoir laquelle vaut. Enregistrez de nouveau le classeur depuis votre tableur et envoyez-le de nouveau.
intake-sheet-merged_too_many_cells = Avec ses cellules fusionnées, la feuille contient plus de { $most ->
        [one] { $most } cellule remplie
       *[other] { $most } cellules remplies
    }
intake-sheet-merges_overlap = La plage fusionnée { $range } chevauche une autre plage : aucun tableur n'écrit cela, le fichier est endommagé. Enregistrez-le de nouveau depuis votre tableur.
intake-sheet-merge_reversed = La plage fusionnée { $range } finit avant de commencer : aucun tableur n'écrit cela, le fichier est endommagé. Enregistrez-le de nouveau depuis votre tableur.
intake-sheet-merge_unreadable = La feuille fusionne les cellules de la plage écrite « { $range } », qui n'est pas une plage de cellules comme l'écrit un tableur (par exemple de K3 à K4) : le fichier est endommagé. Enregistrez-le de nouveau depuis votre tableur.
intake-sheet-merges_twice = La feuille donne deux fois la liste de ses plages fusionnées (deux parties « mergeCells ») : un tableur n'en écrit qu'une, et les cellules que couvre la seconde seraient lues pour des valeurs que la feuille n'affiche pas. Le fichier est endommagé : enregistrez-le de nouveau depuis votre tableur.
