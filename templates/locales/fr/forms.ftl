# Refus d'un formulaire ou d'un paramètre de requête, chacun nommant le champ par son libellé (`$field`).

form-refused-date = { $field } : saisir une date au format AAAA-MM-JJ (reçu « { $given } »).
form-refused-choice = { $field } : choisir un élément de la liste.
form-refused-required = { $field } : ce champ est obligatoire.
form-refused-delivered_on = { notice-delivered_on } : indiquer le jour de la remise antérieure, ou laisser vides son mode et sa preuve.
form-refused-notice = { case-notice } : choisir l'avis auquel vous répondez.
form-milestone_line = { $field }, ligne { $line }
form-refused-milestone_date = { $line } : saisir d'abord l'échéance au format AAAA-MM-JJ (reçu « { $given } »).
form-refused-milestone_text = { $line } : après la date, dire ce qui doit être fait.
form-refused-milestones = { case-milestones } : une ligne par jalon, « AAAA-MM-JJ ce qui doit être fait ».
form-refused-isp_referral = { case-isp_referral } (« { $given } ») : cocher la case ou la laisser vide.
form-refused-event_type = « { $given } » n'est pas l'un des formulaires de cette page ; rechargez la page et remplissez de nouveau le formulaire.
form-refused-follow_up_type = « { $given } » n'est pas l'un des formulaires de cette page ; rechargez la page et remplissez de nouveau le formulaire.
form-refused-too_many_parts = Le formulaire compte plus de { $max } parties ; rien n'a été modifié.
form-refused-attachments_count = Pièces jointes : « { $file } » n'a pas été retenu : au plus { $max } fichiers par inscription au dossier ; rien n'a été enregistré, choisir de nouveau les fichiers.
form-refused-attachment_size = Pièce jointe « { $file } » : au-delà de la limite de { $mib } Mio par fichier ; rien n'a été enregistré, choisir de nouveau les fichiers.
refused-format = Format « { $given } » : choisir l'un de { $choices }.
dossier-no_chromium = PDF : ce serveur n'a pas de Chromium pour l'imprimer (son exploitant règle CHAINON_CHROMIUM) ; le dossier HTML est disponible.
account-refused-language = { account-language } (« { $given } ») : choisir { account-language_en } ou { account-language_fr }.
account-refused-alerts = { account-alerts } (« { $given } ») : choisir on (oui) ou off (non).
follow-refused-no_solicitation = Cette déclaration ne répond à aucune invitation : il n'y a pas de soumission à suivre.
follow-refused-respond_by_past = { $field } { $given } : le délai doit être postérieur à aujourd'hui ({ $today }).
follow-refused-respond_by_far = { $field } { $given } : le délai doit être d'au plus un an (le { $latest } au plus tard).
follow-refused-no_business_number = Le soumissionnaire n'a pas de numéro d'entreprise au dossier : aucun compte ne peut recevoir la demande.
follow-refused-note_length = { follow-note } : une note compte au plus { $max } caractères ({ $sent } envoyés).
follow-refused-not_own_declaration = { follow-answer_with } : choisir une de vos déclarations pour cette invitation.
attachment-no_name = (sans nom)
attachment-refused-name = Pièce jointe : { $why }.
attachment-refused-empty = Pièce jointe « { $file } » : le fichier est vide.
attachment-refused-size = Pièce jointe « { $file } » : { $bytes } octets, au-delà de la limite de { $mib } Mio par fichier.
attachment-refused-markup = Pièce jointe « { $file } » : son contenu est du balisage (SVG, HTML ou XML), qu'un navigateur ouvrirait comme une page en exécutant ses scripts ; l'envoyer en PDF ou en image (PNG, JPEG).
attachment-refused-kind = Pièce jointe « { $file } » : son contenu n'est pas d'un type accepté (trouvé : { $seen ->
    [none] un type inconnu
   *[other] { $seen }
}) ; envoyer PDF, JPEG, PNG, WebP, TIFF, HEIC, DOCX, XLSX, ODT, ODS ou du texte brut.
upload-refused-not_multipart_page = Le formulaire a été envoyé { $given } : { $what } s'envoie dans un formulaire multipart (multipart/form-data) qui le porte, comme le formulaire de cette page l'envoie. Choisissez le fichier et envoyez-le de nouveau depuis la page ; rien n'a été enregistré.
upload-refused-not_multipart_api = Le corps a été envoyé { $given }, ce qui ne peut pas porter de fichier : envoyez { $what } dans un formulaire multipart (multipart/form-data) avec une partie { $part }, ou le fichier lui-même comme corps ; rien n'a été enregistré.
form-refused-not_a_form = Le formulaire a été envoyé { $given } : l'envoyer comme le formulaire de sa page, encodé en URL (application/x-www-form-urlencoded) ou, avec des fichiers joints, en multipart/form-data. Rien n'a été enregistré.
graph-refused-decided = Les installations { $a } et { $b } ont déjà été tranchées : { $decision }, par { $by } le { $at }. Une paire d'installations est tranchée une fois ; rien n'a été modifié.
graph-refused-decided_facility = « { $name } » ({ $city }, { $country } ; clé { $key })
graph-refused-decided_key = de clé { $key } (qui n'est plus dans le graphe)
graph-refused-decided_one = Les installations de clés { $key_a } et { $key_b } ont déjà été tranchées : { $decision }, par { $by } le { $at } ; elles ne sont plus qu'une installation, « { $name } » ({ $city }, { $country }). Une paire d'installations est tranchée une fois ; rien n'a été modifié.
