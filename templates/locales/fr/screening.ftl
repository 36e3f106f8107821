# Les problèmes d'un fichier de liste, leur place, et les refus des pages et de l'API de filtrage (`web/screening.rs`).

screening-problem-file = le fichier
screening-problem-line = ligne { $line }
screening-problem-line_column = ligne { $line }, colonne { $column }
screening-problem-at = { $place } : { $message }
screening-problem-at_field = { $place } ({ $field }) : { $message }
screening-refused-older_twice = older : la requête dit « { $query } » et la partie du formulaire « { $form } » : le dire une fois, ou de même dans les deux. Rien n'a été enregistré.
screening-refused-list = « list » doit être l'une de { $codes }
screening-refused-published = « published » doit être une date écrite AAAA-MM-JJ, et non « { $given } »
screening-refused-source_twice = La source de l'édition est donnée à la fois dans la requête et dans la partie « { $part } » du formulaire : la donner à un seul endroit. Rien n'a été enregistré.
screening-refused-change = « change » doit être added, removed, changed ou all
screening-refused-status = « status » doit être { $choices } ou all
screening-refused-note = « note » dépasse { $max } caractères
screening-refused-decision = le champ decision « { $given } » du formulaire : utiliser confirm ou dismiss ; rien n'a été modifié
screening-refused-choose_list = Choisissez la liste dont le fichier est une édition : { $names }. Rien n'a été enregistré.
screening-refused-published_form = « { $given } » n'est pas une date : écrivez la date de l'éditeur sous la forme AAAA-MM-JJ (2026-11-30), ou laissez-la vide pour aujourd'hui. Rien n'a été enregistré.

# Les problèmes d'un fichier de liste tels que son lecteur les trouve (`screening/parse.rs`). Un jour qu'un problème nomme y figure par son numéro entre accolades, 0 pour le premier (écrit à sa place là où le problème est montré).
screening-list-value-name = ce nom
screening-list-value-id = cet identifiant
screening-list-value-date = cette date
screening-list-value-period = cette période
screening-list-value-country = ce pays
screening-list-value-address = cette adresse
screening-list-value-text = cette valeur
screening-list-too_long = { $what } contient { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    } ; la limite est de { $limit ->
        [one] { $limit } caractère
       *[other] { $limit } caractères
    }
screening-list-name_blank = un nom est vide ici : le texte autour ne nomme personne (un alias ou un ancien nom sans son nom ?)
screening-list-names_nothing = « { $name } » ne nomme rien : un nom contient au moins une lettre ou un chiffre
screening-list-too_many_names = cette entrée donne { $count ->
        [one] { $count } autre nom
       *[other] { $count } autres noms
    } ; la limite est de { $most ->
        [one] { $most } autre nom
       *[other] { $most } autres noms
    }
screening-list-too_many_identifiers = cette entrée donne { $count ->
        [one] { $count } identifiant
       *[other] { $count } identifiants
    } ; la limite est de { $most ->
        [one] { $most } identifiant
       *[other] { $most } identifiants
    }
screening-list-column_twice = la colonne « { $label } » est donnée deux fois (colonnes { $first } et { $again }) : laquelle porte les valeurs ? n'en gardez qu'une
screening-list-repeated = cette ligne répète mot pour mot la ligne { $line } : chaque entrée figure une fois
screening-list-repeated_written_otherwise = cette ligne répète la ligne { $line }, écrite autrement seulement par la casse, les accents, les espaces ou la ponctuation de ses noms (« { $first } » / « { $second } ») : chaque entrée figure une fois
screening-list-repeated_in_section = « { $name } » figure déjà dans cette section à la ligne { $line } : chaque entité figure une fois par section (quelle ligne vaut ?)
screening-list-repeated_measure = « { $name } » figure déjà à la ligne { $line } sous la même mesure depuis le même jour, et en diffère par : { $diff } ; quelle période vaut ? chaque mesure figure une fois
screening-list-repeated_order = « { $name } » figure déjà à la ligne { $line } sous la même ordonnance, le même secteur et le même jour, et en diffère par : { $diff } ; quelle ligne vaut ? chaque ordonnance figure une fois
screening-list-day_too_early = l'entrée { $end ->
        [yes] finit
       *[no] commence
    } le { $day }, avant le { $limit } : aucune liste lue n'est plus ancienne (année mal tapée ?)
screening-list-day_too_late = l'entrée { $end ->
        [yes] finit
       *[no] commence
    } le { $day }, après le { $limit }, la plus tardive que les dates de cette liste peuvent nommer (année mal tapée ?{ $end ->
        [yes] { " " }laissez la fin vide quand il n'y en a pas
       *[no] {""}
    })
screening-list-birth_year = la date de naissance « { $born } » est hors de { $first } à { $last } (année mal tapée ?)
screening-list-file_too_large = le fichier dépasse { $mib } Mio
screening-list-file_empty = le fichier est vide
screening-list-no_entries = le fichier ne contient aucune entrée de cette liste (est-ce la bonne liste et le bon format ?)
screening-list-too_many_entries = plus de { $most } entrées
screening-list-more = … et { $more } de plus
screening-list-quote_unclosed = le guillemet qui ouvre cette valeur n'est jamais fermé : le reste du fichier a été lu comme cette seule valeur (fermez-le par un « " », ou écrivez un guillemet dans une valeur « "" »)
screening-list-quote_unclosed_in = le guillemet qui ouvre cette valeur (« { $name } ») n'est jamais fermé : le reste du fichier a été lu comme cette seule valeur (fermez-le par un « " », ou écrivez un guillemet dans une valeur « "" »)
screening-list-csv_unreadable = cette ligne ne se lit pas en CSV (guillemet ouvert et non fermé ?)
screening-list-found_nothing = rien
screening-list-no_column = aucune colonne « { $what } » dans l'en-tête (trouvé : { $found })
screening-list-line_short = cette ligne s'arrête à la colonne { $len } des { $width } de l'en-tête : « { $missing } » et ce qui suit manquent
screening-list-line_long = cette ligne continue après la dernière colonne de l'en-tête (colonne { $width }, « { $last } ») : une valeur qui contient le séparateur doit être mise entre guillemets
screening-list-not_in_column = « { $value } » n'est pas une valeur de cette colonne (attendu : { $expected })
screening-list-not_a_date = « { $value } » n'est pas une date (écrivez-la 2024-06-21)
screening-list-period_reversed = la période finit ({ $end }) avant de commencer ({ $start })
screening-list-products_clause = l'article { $section } de la loi énumère des produits, non des entités : les tableaux de la liste UFLPA sont les sections (i), (ii), (iv) et (v)
screening-list-not_a_section = « { $value } » n'est pas un article de la loi (attendu : (i), (ii), (iv), (v) ou 2(d)(2)(B)(ii))
screening-list-entity_separators_only = la cellule de l'entité ne contient que des espaces ou des séparateurs (« { $shown } ») : elle ne nomme aucune entité ; écrivez les entités, ou laissez la cellule vide pour une ordonnance visant toute une région ou tout un secteur
screening-list-region_without_industry = une ligne qui ne nomme aucune entité doit nommer le secteur qu'elle vise
screening-list-region_without_country = une ligne qui ne nomme aucune entité doit nommer le pays que vise son ordonnance : sans pays, elle n'atteint aucun site
screening-list-no_period_column = aucune colonne « Date de début » ou « Période » : une mesure sans sa période ne peut s'appliquer
screening-list-not_a_period = « { $value } » n'est pas une période : une date, ou deux dates jointes par « au », « à », « jusqu'au », « to », « until » ou un tiret (écrivez-la 2024-06-01 au 2029-05-31, chaque date un jour du calendrier)
screening-list-start_blank = le début de la période est vide
screening-list-measure_blank = le type de mesure est vide : Inadmissible, Suspendu ou Entente administrative est attendu
screening-list-not_a_business_number = « { $value } » n'est pas un numéro d'entreprise de l'ARC
screening-list-json-null = null
screening-list-json-boolean = un booléen
screening-list-json-number = un nombre
screening-list-json-string = une chaîne
screening-list-json-list = une liste
screening-list-json-object = un objet
screening-list-json-list_of_strings = une liste de chaînes
screening-list-json-true_or_false = true ou false
screening-list-wrong_kind = « { $path } » doit être { $must }, trouvé { $found }
screening-list-bad_escape = une séquence d'échappement \u n'est pas un caractère valide (la moitié d'une paire UTF-16) : le texte a été écrit à partir de données mal décodées
screening-list-json_cut = la ligne finit avant son objet JSON (ligne tronquée ?)
screening-list-not_json = pas du JSON à partir de ce caractère : une entité FollowTheMoney, un objet JSON, est attendue par ligne
screening-list-not_an_entity = cette valeur JSON n'est pas une entité FollowTheMoney
screening-list-line_not_object = cette ligne doit être une entité FollowTheMoney, un objet JSON, trouvé { $found }
screening-list-id_and_schema = une entité FollowTheMoney doit avoir un « id » et un « schema »
screening-list-entity_id_twice = l'identifiant « { $id } » est déjà donné à la ligne { $first } : chaque entité a le sien
screening-list-person_without_name = une personne sans nom
screening-list-organisation_without_name = une organisation sans nom
screening-list-not_a_territory = « { $value } » n'est ni un code de pays ISO 3166-1 ni un territoire de FollowTheMoney : le pays de l'entité décide de ses correspondances
screening-list-not_a_partial_date = « { $value } » n'est pas une date : une année, un mois ou un jour du calendrier (1970, 1970-05, 1970-05-21)
screening-list-not_a_moment = « { $value } » n'est pas une date (écrivez-la 2024-06-21 ou 2024-06-21T10:00:00)
screening-list-not_an_os_id = « { $value } » n'est pas un identifiant Open Supply Hub (15 caractères : deux lettres, sept chiffres et six lettres ou chiffres, comme CN2019303BQ3FZP, tel qu’une déclaration le donne)
screening-list-name_blank_cell = le nom est vide
screening-list-entry_id_twice = l'identifiant « { $id } » est déjà donné à la ligne { $first } : chaque entrée a le sien
screening-list-entry_id_alike = l'identifiant « { $id } » est celui de la ligne { $first }, « { $first_id } », à la casse ou à la chasse des caractères près (« １２３ » en pleine chasse est « 123 ») : des identifiants qui ne diffèrent que par là désignent une seule entrée, et chaque entrée a le sien
screening-list-alias_empty = les autres noms « { $given } » en contiennent un vide (deux « ; » de suite, ou un au début ou à la fin) : séparer les noms par un seul « ; », sans « ; » au début ni à la fin
screening-list-os_id_no_country = « { $value } » n'est pas un identifiant Open Supply Hub : un identifiant commence par le code ISO 3166-1 du pays de son installation, et « { $code } » n'est le code d'aucun pays. Copiez l'identifiant depuis la page de l'installation sur Open Supply Hub, ou laissez la cellule vide
screening-list-os_id_other_country = « { $value } » est l'identifiant Open Supply Hub d'une installation { $id_country } ({ $code }), mais cette entrée est { $entry_country } ({ $entry_code }) : un identifiant commence par le code du pays de son installation, et les entrées sont rapprochées d'abord par leur identifiant. Vérifiez l'identifiant sur la page de l'installation sur Open Supply Hub, ou le pays de l'entrée
