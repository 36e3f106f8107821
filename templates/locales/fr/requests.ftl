# Les refus et les échecs des requêtes (« web ») : un paramètre de l'adresse ou d'un formulaire, un corps, un
# téléversement, un conflit avec ce qui est enregistré, et les réponses aux échecs du service. La valeur et l'intervalle
# d'un paramètre sont cités tels qu'ils se tapent ($value, $low, $high, $min, $max : du texte, jamais groupé) ; les
# comptes sont des nombres.

request-quoted = « { $text } »

## Un paramètre refusé (« web/params.rs ») : où il est, puis pourquoi.
request-param-query = { $name } « { $value } »
request-param-query_bare = { $name }
request-param-path = { $name } « { $value } » dans l'adresse
request-param-path_bare = { $name } dans l'adresse
request-param-form = le champ { $name } « { $value } » du formulaire
request-param-form_bare = le champ { $name } du formulaire
request-param-refused = { $what } : { $why }
request-use-range = utiliser un nombre entier de { $low } à { $high }
request-use-whole = utiliser un nombre entier, p. ex. 2
request-use-at_least = utiliser un nombre entier de { $min } ou plus
request-use-at_most = ce nombre est trop grand : en utiliser un d'au plus { $max }
request-use-id = utiliser un identifiant, un nombre entier de 1 à { $max }
request-use-number = utiliser un nombre, p. ex. 2.5
request-use-true_or_false = utiliser true ou false
request-use-one_of = utiliser l'une des valeurs { $values }
request-twice-one_of = il est donné plus d'une fois : le donner une seule fois, l'une des valeurs { $values }
request-twice = il est donné plus d'une fois : le donner une seule fois
request-missing = il manque, et il est obligatoire
request-unknown-query = cette adresse ne prend pas ce paramètre ; { $takes }
request-unknown-form = ce formulaire n'a pas ce champ, et rien n'a été modifié ; { $takes }
request-takes = elle prend { $names }
request-takes_none = elle n'en prend aucun
request-has = il a { $names }
request-has_none = il n'en a aucun
request-meant = { $why } ; vouliez-vous dire « { $meant } » ?
request-unreadable_value = cette valeur est illisible : voir la documentation de cette adresse pour ce qu'elle accepte
request-form-not_urlencoded = Le formulaire doit être envoyé en application/x-www-form-urlencoded, comme le formulaire de la page l'envoie ; rien n'a été modifié.
request-form-unreadable = Le formulaire est illisible : ses parties ne sont pas bien formées (multipart/form-data). Envoyez-le de nouveau depuis sa page, ou vérifiez comment votre programme construit le formulaire ; rien n'a été modifié.

## Les réponses du service (« web/error.rs »).
request-too_large-body = L'envoi dépasse la limite de { $size } ; rien n'a été enregistré. { $advice }
request-too_large-attachments = Les fichiers joints au formulaire dépassent, en tout, la limite de { $size } ; rien n'a été enregistré. { $advice }
request-too_large-file = Le fichier « { $file } » dépasse la limite de { $size } ; rien n'a été enregistré. { $advice }
request-too_large-declaration = Le fichier de déclaration envoyé dépasse la limite de { $size } ; rien n'a été enregistré. { $advice }
request-too_large-list = Le fichier de liste envoyé dépasse la limite de { $size } ; rien n'a été enregistré. { $advice }
request-advice-body = Envoyez moins : un texte plus court, ou moins de valeurs.
request-advice-declaration = Envoyez un fichier plus petit (une déclaration en fichiers CSV dans un zip, ou en JSON, est plus petite).
request-advice-list = Envoyez le fichier de l'éditeur tel qu'il est publié, une liste par fichier, sans le compresser ni le joindre à d'autres ; pour une liste plus grande, un administrateur relève « limits.max_list_file_bytes ».
request-advice-attachments = Joignez des fichiers moins nombreux ou plus petits (chacun d'au plus { $each }, { $count } par inscription au dossier) et envoyez de nouveau le formulaire.
request-not_found = Il n'y a rien à cette adresse.
request-superseded = La déclaration { $declaration } a été remplacée par la déclaration { $current } : envoyer demandes et notes sur la déclaration courante (/bids/{ $current }/follow-up) ; rien n'a été enregistré.
request-rejected = La déclaration a été refusée : { $count ->
    [one] { $count } erreur, énumérée
   *[other] { $count } erreurs, énumérées
} dans « issues ». Rien n'a été enregistré.
request-list_rejected = Le fichier de liste a été refusé : { $count ->
    [one] { $count } erreur, énumérée
   *[other] { $count } erreurs, énumérées
} dans « issues ». Rien n'a été enregistré.
request-unauthorized = Connectez-vous d'abord : envoyez un jeton d'API valide ({ $header }) ou un témoin de session.
request-forbidden = Votre rôle ne le permet pas ; rien n'a été modifié.
request-csrf = Le formulaire a expiré ou ne provient pas de ce site ; rechargez la page et réessayez. Rien n'a été modifié.
request-method_not_allowed = Cette adresse ne répond pas à cette méthode ; elle répond à { $allow }.
request-too_many = Trop de tentatives ; réessayez dans { $wait }.
request-print_failed = Le PDF n'a pas pu être imprimé ; le dossier HTML est disponible. Réessayez dans { $wait }.
request-database_unavailable = La base de données est occupée ou injoignable pour le moment ; réessayez dans { $wait }.
request-busy = Le service calcule déjà autant de rapports qu'il le peut à la fois ; réessayez dans { $wait }.
request-uploads_busy = Le service reçoit déjà autant de fichiers qu'il peut en garder à la fois ; rien n'a été enregistré : envoyez le fichier de nouveau dans { $wait }.
request-reader_busy = Le service était trop occupé pour finir de lire le fichier à temps ; le fichier n'est pas refusé et rien n'a été enregistré : envoyez-le de nouveau dans { $wait }.
request-internal = Une erreur interne s'est produite ; elle a été consignée.
request-clash-newer_declaration = Feuille Fournisseur, Date de la déclaration : cette déclaration est datée du { $refused }, avant la déclaration { $solicitation ->
    [yes] du fournisseur pour l'invitation { $number }
   *[no] permanente du fournisseur (sans invitation)
} datée du { $in_force } (référence { $reference }, déclaration { $id }), qui reste en vigueur. La déclaration en vigueur est la plus récente par sa date ; envoyez une déclaration datée du { $in_force } ou après pour la remplacer. Rien n'a été enregistré.
request-clash-contract = number : le contrat { $number } est déjà enregistré ; un numéro de contrat n'est enregistré qu'une fois. Rien n'a été modifié.
request-clash-contract_at = number : le contrat { $number } est déjà enregistré (/contracts/{ $id }) ; un numéro de contrat n'est enregistré qu'une fois. Rien n'a été modifié.
request-clash-email = email : un compte avec le courriel { $email } existe déjà ; un courriel désigne un seul compte. Rien n'a été modifié.
request-clash-hit = La correspondance de filtrage { $hit } { $why }. Rien n'a été modifié.
request-clash-hit_decided = La correspondance de filtrage { $hit } { $why } ({ $how } par { $by } le { $at }). Rien n'a été modifié.
request-clash-hit-confirmed = est déjà confirmée : une correspondance est tranchée une fois, et sa décision reste au dossier
request-clash-hit-dismissed = est déjà écartée : une correspondance est tranchée une fois, et sa décision reste au dossier
request-clash-hit-superseded = est close : une déclaration plus récente du fournisseur a remplacé celle où elle a été trouvée, et seule une correspondance ouverte peut être tranchée
request-clash-hit-entry_removed = est close : son inscription, telle que rapprochée, ne figure plus dans la dernière édition de la liste, et seule une correspondance ouverte peut être tranchée
request-clash-hit-closed = n'est plus ouverte : seule une correspondance ouverte peut être tranchée
request-clash-hit-how_confirmed = confirmée
request-clash-hit-how_dismissed = écartée
request-clash-account_disabled = Le compte { $id } est désactivé : réactivez-le avant de lancer une réinitialisation du mot de passe. Rien n'a été modifié.
request-clash-same_place = le même lieu
request-clash-not_same_place = pas le même lieu
request-constraint-contract = number : un contrat portant ce numéro a été enregistré au même moment ; un numéro de contrat n'est enregistré qu'une fois. Rien n'a été modifié.
request-constraint-account = email : un compte avec ce courriel a été créé au même moment ; un courriel désigne un seul compte. Rien n'a été modifié.
request-constraint-declaration = fichier : le même fichier a été enregistré au même moment ; renvoyez-le pour obtenir son accusé de réception. Rien n'a été modifié.
request-constraint-site = Lieux de travail, ID du lieu : deux lieux de la déclaration ont le même ID du lieu. Rien n'a été modifié.
request-constraint-supplier = Fournisseur : une déclaration du même fournisseur a été enregistrée au même moment ; renvoyez la vôtre. Rien n'a été modifié.
request-constraint-bid = Fournisseur : une soumission du même fournisseur pour cette invitation a été enregistrée au même moment ; renvoyez la vôtre. Rien n'a été modifié.
request-constraint-audit = une autre modification a été consignée au journal d'audit au même moment ; renvoyez la requête. Rien n'a été modifié.
request-constraint-edition = le même fichier de liste a été importé au même moment ; il n'est enregistré qu'une fois. Rien n'a été modifié.
request-constraint-decision = une décision sur la même correspondance a été enregistrée au même moment ; une correspondance est tranchée une fois. Rien n'a été modifié.
request-constraint-foreign_key = La requête désigne un enregistrement qui n'existe pas, ou auquel d'autres enregistrements renvoient encore ; rien n'a été modifié.
request-constraint-other = La requête répète un enregistrement déjà enregistré ({ $raw }) ; rien n'a été modifié.
request-graph-not_proposed = { $a } et { $b } doivent être les clés de deux lieux proposés comme correspondance possible (GET /api/v1/graph/matches)
request-unreadable = La requête n'a pas pu être lue : son adresse, sa requête ou son corps n'a pas la forme que cette adresse accepte (voir la documentation de l'API, ou renvoyer le formulaire depuis sa page) ; rien n'a été modifié.
request-json-refused = La requête n'a pas pu être lue : { $why }{ $asks ->
        [yes] {""}
       *[no] .
    }
request-json-eof = le corps finit avant son JSON (ligne { $line }, colonne { $column })
request-json-syntax = le corps n'est pas du JSON valide à la ligne { $line }, colonne { $column }
request-json-missing = il manque le champ « { $field } » (il est obligatoire)
request-json-unknown = le champ « { $field } » n'est pas de ceux que cette requête accepte (un champ qu'elle ne connaît pas est refusé, jamais ignoré) ; { $takes }
request-json-one_of_given = le champ « { $field } » contient « { $value } », qui n'est pas l'une de ses valeurs : utiliser l'une des valeurs { $values }
request-json-day = le champ « { $field } » contient « { $value } », qui n'est pas un jour du calendrier : écrire le jour sous la forme AAAA-MM-JJ (2026-03-31)
request-json-wrong_value = le champ « { $field } » contient { $kind ->
        [text] le texte « { $value } »
        [number] le nombre { $value }
        [boolean] le booléen { $value }
        [list] la liste { $value }
        [object] l'objet { $value }
       *[other] { $value }
    }, qui n'a pas le bon type ou n'est pas une valeur permise (voir la documentation de l'API)
request-json-wrong_type_bare = le champ « { $field } » n'a pas le bon type ou une valeur permise (voir la documentation de l'API)
request-json-body_type_bare = le corps n'a pas le bon type (voir la documentation de l'API)
request-json-duplicate = le champ « { $field } » est donné deux fois (donnez chaque champ une seule fois)
request-json-one_of = le champ « { $field } » : utiliser l'une des valeurs { $values }
request-json-wrong_type = le champ « { $field } » n'a pas le bon type ou une valeur permise (ligne { $line }, colonne { $column } ; voir la documentation de l'API)
request-json-body_type = le corps n'a pas le bon type (ligne { $line }, colonne { $column } ; voir la documentation de l'API)
request-json-io = le corps n'a pu être reçu en entier
request-json-content_type = Le corps doit être envoyé en application/json ; rien n'a été modifié.

## Ce qu'une requête envoie (« web/input.rs »).
request-what-declaration = le fichier de déclaration
request-what-list = le fichier de liste
request-given-none = sans Content-Type
request-given-as = en { $type }
request-body-sent_as = Le corps a été envoyé en { $type } : envoyez-le en JSON, avec « { $header } ».
request-body-sent_without = Le corps a été envoyé sans Content-Type : envoyez-le en JSON, avec « { $header } ».
request-body-the_body = le corps
request-body-not_object = { $at } doit être un objet JSON {"{ … }"} qui nomme ses champs, pas { $given } : les valeurs ne sont jamais lues selon leur position
request-body-given-list = une liste [ … ]
request-body-given-string = une chaîne
request-body-given-number = un nombre
request-body-given-bool = true ou false
request-body-given-null = null
request-upload-interrupted = Le téléversement a été interrompu avant la fin du fichier : envoyez-le de nouveau.
request-upload-too_many_parts_api = Le formulaire compte plus de { $max } parties : envoyez le fichier dans une partie nommée « file ».
request-upload-too_many_parts_page = Le formulaire envoyé compte plus de { $max } champs : envoyez de nouveau le fichier depuis cette page. Rien n'a été enregistré.
request-upload-two_files_page = Vous avez envoyé plus d'un fichier (« { $first } », puis « { $second } ») : envoyez { $what } seul. Rien n'a été enregistré.
request-upload-two_files_page_unnamed = Vous avez envoyé plus d'un fichier (« { $first } », puis un autre fichier) : envoyez { $what } seul. Rien n'a été enregistré.
request-upload-two_files_api = Le formulaire porte plus d'un fichier (« { $first } », puis aussi « { $second } ») : envoyez { $what } seul, dans une seule partie nommée « file ». Rien n'a été enregistré.
request-upload-two_files_api_unnamed = Le formulaire porte plus d'un fichier (« { $first } », puis une autre partie nommée « file ») : envoyez { $what } seul, dans une seule partie nommée « file ». Rien n'a été enregistré.
request-part-named = la partie « { $part } »
request-part-unnamed = une partie sans nom
request-part-twice = porte deux fois { $part } : la donner une seule fois
request-part-not_taken = porte { $part }, qu'il ne prend pas
request-part-refused_api = Le formulaire { $why } ; il prend { $takes }, dans n'importe quel ordre. Rien n'a été enregistré.
request-part-refused_page = Le formulaire envoyé { $why } : envoyez de nouveau le fichier depuis cette page. Rien n'a été enregistré.
request-upload-empty_part = La partie « file » est vide : choisissez un fichier à soumettre.
request-upload-empty_file = Le fichier « { $file } » est vide : choisissez { $what }, puis soumettez-le. Rien n'a été enregistré.
request-upload-no_file_chosen = Aucun fichier n'a été choisi, ou le fichier est vide : choisissez { $what }, puis soumettez-le. Rien n'a été enregistré.
request-upload-file_name_with_form = { $parameter } « { $given } » : ce paramètre nomme le fichier d'un corps brut, et cette requête envoie un formulaire (multipart/form-data) dont la partie « file » nomme son propre fichier ; envoyez { $parameter } sans le formulaire, ou le formulaire sans { $parameter }.
request-upload-unreadable = Le formulaire est illisible : ses parties ne sont pas bien formées (multipart/form-data). Envoyez de nouveau le fichier depuis la page, ou vérifiez comment votre programme construit le formulaire.
request-upload-part_too_large = La partie « { $part } » du formulaire dépasse { $max } octets ; seul le fichier peut être volumineux.
request-upload-field_too_large = Un champ du formulaire dépasse { $max } octets ; seul le fichier peut être volumineux. Rien n'a été enregistré.
request-upload-no_file_part = Le formulaire n'a pas de partie « file » : envoyez { $what } dans une partie nommée « file ».
request-upload-no_file = Le formulaire envoyé ne porte aucun fichier : choisissez { $what }, puis soumettez-le. Rien n'a été enregistré.

## Les filtres des listes (« web/listing.rs », « web/pages.rs »).
request-filter-one_of = { $name } « { $value } » : utiliser l'une des valeurs { $values }
request-filter-date = { $name } « { $value } » : écrire la date AAAA-MM-JJ, p. ex. 2026-04-01
request-filter-reversed = from { $from } est postérieure à to { $to } : donner la date la plus ancienne dans from, la plus récente dans to
request-filter-outside_year = { $name } { $date } est hors de fy { $year } (du { $first } au { $last }) : donner une date de cet exercice, ou omettre fy ou { $name }
request-filter-search_length = { $name } : chercher avec au plus { $words } mots et { $chars } caractères ; celle-ci compte { $given_words ->
    [one] { $given_words } mot
   *[other] { $given_words } mots
} et { $given_chars ->
    [one] { $given_chars } caractère
   *[other] { $given_chars } caractères
}
request-filter-search_no_word = { $name } « { $value } » : chercher avec au moins une lettre ou un chiffre
request-filter-country = country { $why }
request-filter-country_code = country « { $value } » : utiliser un code ISO 3166-1 alpha-2, p. ex. CN ou BD
request-filter-bid_number = bids « { $value } » : une soumission se désigne par le numéro de sa déclaration
request-filter-no_such_bid = bids « { $value } » : aucune soumission de { $solicitation } ne porte ce numéro
request-filter-export_format = format « { $value } » : utiliser csv ou xlsx
request-filter-kind = kind : utiliser forced ou child
request-filter-band = { $name } « { $value } » : une bande est low, medium, high ou critical

## Le graphe national (« web/graph.rs »).
request-graph-format = format « { $value } » : utilisez l'un de { $formats }
request-graph-decision = le champ decision « { $value } » du formulaire : utiliser same ou different ; rien n'a été modifié

## Les comptes (« web/accounts.rs »).
request-account-oneself = Un administrateur ne peut pas désactiver son propre compte ni en changer le rôle ; demandez-le à un autre administrateur.
request-account-role = rôle { $value } : utiliser supplier, officer, auditor ou administrator
request-account-organisation-missing = un compte fournisseur doit avoir le numéro d'entreprise de son organisation
request-account-organisation-not_supplier = seuls les comptes fournisseurs ont un numéro d'entreprise
request-account-organisation-invalid = numéro d'entreprise { $number } : { $why }
