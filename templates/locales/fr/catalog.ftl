# Messages français des pages, rapports et formulaires (Project Fluent). Convertis de l'ancien fr.toml;
# chaque message doit aussi figurer dans ../en/catalog.ftl avec les mêmes variables (un test le vérifie).

## layout

layout-skip = Passer au contenu principal
layout-tagline = Risques éthiques des chaînes d'approvisionnement fédérales
layout-nav_label = Principal
layout-other_language = English
layout-footer = Chaînon évalue le risque de travail forcé et de travail des enfants dans les chaînes d'approvisionnement des soumissions et des contrats, à partir des déclarations des fournisseurs et de données publiques (ILAB, OIT). Ne pas figurer sur une liste ne prouve pas que le risque est faible.
layout-api = API (OpenAPI)

## nav

nav-home = Invitations et déclarations
nav-upload = Soumettre une déclaration
nav-template = Télécharger le modèle vierge
nav-my_declarations = Mes déclarations
nav-sign_in = Se connecter
nav-sign_out = Se déconnecter
nav-account_label = Votre compte

## home

home-supplier_lead = Les déclarations de votre organisation, de la plus récente à la plus ancienne, avec leur risque de travail forcé et de travail des enfants et ce qui l'explique. Une nouvelle déclaration pour la même invitation remplace la précédente ; les deux restent au dossier.
home-title = Invitations à soumissionner et déclarations
home-lead = Les soumissions reçues pour les invitations les plus récentes et les déclarations au dossier, filtrées, triées et paginées à votre choix, avec leur risque de travail forcé et de travail des enfants.
home-solicitations = Invitations à soumissionner
home-solicitations_recent = Les { $shown } invitations qui ont reçu une soumission le plus récemment, sur { $total } en tout. Trouvez les autres par leur numéro dans les déclarations ci-dessous.
home-solicitation_number = Numéro de l'invitation
home-bids = Soumissions
home-last_received = Dernière déclaration reçue
home-no_solicitations = Aucune invitation n'a encore reçu de soumission.
home-declarations = Déclarations
home-no_declarations = Aucune déclaration n'a encore été soumise.

## solicitation

solicitation-title = Invitation { $number }
solicitation-lead = La soumission en vigueur de chaque fournisseur, classée selon le risque ; choisissez les soumissions à placer côte à côte. Chaque note s'explique sur la page de la soumission.

## compare

compare-sites = Lieux déclarés
compare-deepest_tier = Niveau le plus profond déclaré
compare-disclosure_gap = Lacune de divulgation
compare-missing_place_of_work = Lieu de travail manquant
compare-findings = Constats liés au code de conduite
compare-findings_cell = { $count } : { $kinds }
compare-why_forced = Pourquoi : travail forcé
compare-why_child = Pourquoi : travail des enfants
compare-title = Comparaison côte à côte
compare-choose = Comparer
compare-choose_bid = Placer { $supplier } côte à côte
compare-choose_submit = Comparer les soumissions choisies
compare-exports_all = Les téléchargements contiennent toutes les soumissions de l'invitation.
compare-measure = Mesure
compare-caption = Soumissions de { $number } : une colonne par soumission. Niveau et note sur 100 dans chaque case.
compare-export_csv = Télécharger en CSV
compare-export_xlsx = Télécharger en Excel (XLSX)
compare-export_solicitation = Invitation
compare-export_model = Version du modèle de risque
compare-export_date = Exporté le
compare-export_band = niveau
compare-export_score = note (sur 100)

## list

list-history = Historique
list-history_lead = Toutes les déclarations de ce fournisseur, de la plus récente à la plus ancienne ; une déclaration remplacée reste au dossier.
list-supplier = Fournisseur
list-solicitation = Invitation
list-date = Date de la déclaration
list-sites = Lieux
list-findings = Constats
list-superseded = remplacée
list-filters = Filtrer les déclarations
list-search = Rechercher : fournisseur, numéro d'entreprise ou invitation
list-category = Catégorie de biens d'un lieu
list-country = Pays d'un lieu
list-band = Niveau de risque de travail forcé
list-child_band = Niveau de risque de travail des enfants
list-fy = Exercice (première année, p. ex. 2026)
list-from = Déclarée le ou après le
list-to = Déclarée le ou avant le
list-sort = Trier par
list-sort_date = Date de la déclaration, la plus récente d'abord
list-sort_risk = Risque de travail forcé, le plus élevé d'abord
list-sort_child = Risque de travail des enfants, le plus élevé d'abord
list-sort_supplier = Fournisseur, de A à Z
list-include_superseded = Inclure les déclarations remplacées
list-any = Indifférent
list-apply = Appliquer
list-clear = Effacer les filtres
list-showing = { $first }–{ $last } sur { $total }
list-none_match = Aucune déclaration ne correspond à ces filtres.
list-first_page = Aller à la première page
list-pages = Pages de la liste
list-previous = Page précédente
list-next = Page suivante

## risk

risk-forced_labour = Travail forcé
risk-child_labour = Travail des enfants

## band

band-low = Faible
band-medium = Moyen
band-high = Élevé
band-critical = Critique

## severity

severity-info = Information
severity-low = Faible
severity-medium = Moyenne
severity-high = Élevée

## score

score-why = Pourquoi cette note
score-factors_caption = Facteurs de cette note, leur contribution et leur source
score-factor = Facteur
score-contribution = Points
score-source = Source (jeu de données · édition · ligne)

## decl

decl-intake_warnings = Remarques de la réception du fichier (il a été accepté)
decl-title = Déclaration { DE($supplier) }
decl-overall = Risque global
decl-model_version = Modèle de risque { $version }
decl-findings = Constats
decl-no_findings = Aucun constat.
decl-categories = Risque par catégorie de biens
decl-category = Catégorie de biens
decl-chain = Chaîne d'approvisionnement par niveau
decl-attestations = Attestations relatives aux droits de la personne et du travail
decl-due_diligence = Diligence raisonnable
decl-superseded = Une déclaration plus récente a remplacé celle-ci ; celle en vigueur est la déclaration :
decl-received = Reçue le { $when } sous le nom { $file }
decl-report_link = Télécharger le rapport (HTML)

## chain

chain-tier = Niveau { $n }
chain-no_tier = Lieux qui n'atteignent aucun lieu de niveau 1 (cycle d'approvisionnement)
chain-any_band = Tout niveau de risque
chain-any_country = Tous les pays
chain-filter = Afficher les lieux
chain-filter_forced = Travail forcé : ce niveau de risque ou plus
chain-filter_child = Travail des enfants : ce niveau de risque ou plus
chain-filter_country = Pays
chain-filter_apply = Afficher
chain-filter_clear = Afficher tous les lieux
chain-none_selected = Aucun lieu ne correspond au filtre.
chain-tier_none_selected = Aucun lieu de ce niveau ne correspond au filtre.
chain-pages = Pages des lieux
chain-previous = Page précédente
chain-next = Page suivante

## site

site-site = Lieu
site-role = Rôle
site-goods = Biens
site-place = Lieu de travail
site-supplies_to = Fournit à
site-unclassified = Biens non classés
site-ilab_goods = { $goods } (liste des biens de l'ILAB)

## role

role-final_assembly = Assemblage final
role-manufacturing = Fabrication
role-processing = Transformation
role-component = Composant
role-raw_material = Matière première
role-warehousing = Entreposage
role-trading = Négoce

## scope

scope-supplier = Fournisseur
scope-supplier_and_tier1 = Fournisseur et sous-traitants de premier niveau
scope-full_chain = Toute la chaîne

## attest

attest-right = Droit
attest-attested = Attesté
attest-scope = Portée
attest-comment = Commentaire

## dd

dd-question = Question
dd-answer = Réponse
dd-detail = Détail
dd-policy = Politique écrite sur le travail forcé et le travail des enfants
dd-supplier_code = Ses propres fournisseurs sont tenus à un code de conduite
dd-risk_assessment = Risque de la chaîne évalué au cours des 12 derniers mois
dd-social_audit = Audits sociaux par un tiers au cours des 24 derniers mois
dd-grievance_mechanism = Mécanisme de plainte sûr et anonyme pour les travailleurs
dd-remediation = Processus de réparation pour les victimes
dd-traceability_tiers = Niveaux de la chaîne cartographiés
dd-training = Personnel formé sur le travail forcé et le travail des enfants
dd-s211_report = Rapport en vertu de la Loi sur la lutte contre le travail forcé et le travail des enfants dans les chaînes d'approvisionnement

## common

common-yes = Oui
common-no = Non
common-not_answered = Sans réponse

## finding

finding-severity = Gravité
finding-code = Type
finding-message = Constat
finding-location = Où

## supplier

supplier-legal_name = Dénomination sociale
supplier-business_number = Numéro d'entreprise
supplier-country = Pays
supplier-address = Adresse
supplier-contact = Personne-ressource
supplier-solicitation = Invitation
supplier-standing = Déclaration permanente
supplier-declaration_date = Date de la déclaration
supplier-signatory = Signataire

## report

report-kind = Évaluation des risques de la chaîne d'approvisionnement
report-generated = Produit le { $when }.

## upload

upload-title = Soumettre une déclaration
upload-lead = Envoyez le classeur de déclaration (Excel .xlsx ou .xlsm, OpenDocument .ods), les fichiers CSV de ses feuilles dans un .zip, ou un document JSON. Tous les problèmes du fichier sont signalés en une fois, avec leur cellule.
upload-template_link = Télécharger le modèle vierge (français)
upload-file_label = Fichier de déclaration
upload-file_hint = Jusqu'à { $mib } Mio.
upload-submit = Soumettre
upload-rejected = Le fichier { $file } a été refusé
upload-refused_form = L'envoi a été refusé
upload-nothing_stored = Rien n'a été enregistré. Corrigez ces problèmes et soumettez de nouveau le fichier.
upload-warnings = Avertissements (le fichier a été accepté)
upload-warnings_refused = Autres remarques sur ce fichier (à vérifier avant de le soumettre de nouveau)

## issue

issue-level = Niveau
issue-level_error = Erreur
issue-level_warning = Avertissement
issue-location = Cellule
issue-field = Champ
issue-message = Problème

## login

login-title = Connexion
login-lead = Connectez-vous avec l'adresse courriel et le mot de passe de votre compte Chaînon. Les fournisseurs voient et soumettent les déclarations de leur propre organisation ; les agents et les vérificateurs voient toutes les soumissions.
login-email = Adresse courriel
login-password = Mot de passe
login-submit = Se connecter
login-failed = L'adresse courriel ou le mot de passe est erroné.
login-disabled = Ce compte est désactivé : vous ne pouvez pas vous connecter avec lui. Demandez à un administrateur de Chaînon de le réactiver (fournisseurs : votre autorité contractante, qui a créé votre compte).
login-throttled = Trop de tentatives. Attendez { $wait }, puis réessayez.
login-expired = Le formulaire a expiré. Veuillez vous reconnecter.
login-signed_out = Vous êtes déconnecté.
login-no_account = Pas encore de compte ? Votre autorité contractante crée les comptes des fournisseurs.

## error

error-title = Un problème est survenu
error-refused = La demande n'a pas pu être acceptée
error-forbidden = Accès refusé
error-forbidden_message = Votre rôle ne permet pas d'accéder à cette page. Rien n'a été modifié.
error-csrf = Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page et réessayez ; rien n'a été modifié.
error-back_home = Retour à la page d'accueil
error-not_found = Page introuvable
error-not_found_message = Il n'y a rien à cette adresse.
error-internal = Une erreur interne s'est produite. Elle a été consignée ; veuillez réessayer plus tard.
error-bad_request = La requête n'a pas pu être comprise.

## graph

graph-title = Graphe d'approvisionnement
graph-nav = Graphe d'approvisionnement
graph-lead = Toutes les déclarations en vigueur dans un seul graphe : un même lieu déclaré par plusieurs fournisseurs est un seul nœud, et le risque remonte des matières premières jusqu'aux fournisseurs à travers toutes leurs déclarations. Les notes sont avant la diligence raisonnable des fournisseurs.
graph-facilities = Lieux
graph-links = Liens
graph-declarations = Déclarations
graph-export_graphml = Exporter le graphe (GraphML)
graph-export_dot = Exporter le graphe (DOT)
graph-matches_link = Correspondances possibles à trancher ({ $count })
graph-search_title = Trouver un lieu
graph-search_label = Nom, adresse, ville, région, pays, identifiant OS ou numéro d'entreprise
graph-search_button = Rechercher
graph-results_caption = Lieux trouvés : { $first }–{ $last } sur { $total }, du risque le plus élevé au plus faible
graph-no_results = Aucun lieu ne correspond à ces mots.
graph-shared_title = Lieux partagés
graph-shared_lead = Lieux que plusieurs fournisseurs déclarent : une allégation à leur sujet touche toutes les soumissions qu'ils alimentent.
graph-shared_caption = Lieux déclarés par au moins deux fournisseurs, les plus partagés d'abord
graph-none = Aucun.
graph-none_cycles = Aucune.
graph-gaps_title = Lacunes de divulgation
graph-gaps_lead = Lieux qu'un fournisseur a déclarés sans aucun fournisseur, alors que d'autres déclarations montrent qui les approvisionne.
graph-gaps_caption = Lieux déclarés sans fournisseurs que d'autres déclarations montrent approvisionnés
graph-cycles_title = Boucles d'approvisionnement
graph-cycles_lead = Lieux qui s'approvisionnent mutuellement en boucle, toutes déclarations confondues.
graph-cycle_across = Visible seulement en réunissant les déclarations.
graph-facility = Lieu
graph-country = Pays
graph-os_id = Identifiant OS
graph-suppliers = Fournisseurs qui le déclarent
graph-declaration = Déclaration
graph-site_ref = ID du lieu dans la déclaration
graph-known_suppliers = Fournisseurs connus
graph-highest_supplier = Note la plus élevée d'un fournisseur
graph-forced = Travail forcé
graph-child = Travail des enfants
graph-address = Adresse
graph-goods = Biens
graph-operator = Exploitant
graph-score_title = Note nationale et pourquoi
graph-score_lead = Ce que le lieu apporte lui-même (ses biens, son pays et sa région, le plus élevé que donne une déclaration), son intrant le plus risqué qu'aucun fournisseur déclaré ne couvre, et le risque transmis par son fournisseur le plus risqué dans tout le graphe (multiplié par l'atténuation par niveau). La note est la somme des points propres et du plus grand de l'intrant et du risque transmis, au plus 100.
graph-score_caption = Note nationale du lieu par type de risque
graph-reasons_title = Pourquoi, en mots
graph-reasons_lead = Chaque raison avec sa provenance : le risque propre du lieu tel qu'une déclaration le donne (celle qui donne le plus), une correspondance de filtrage confirmée, un intrant sans fournisseur déclaré, et le risque transmis par son fournisseur le plus à risque.
graph-reasons_caption = Raisons de la note : { $kind }
graph-reason = Raison
graph-reason_source = Provenance
graph-points = Points
graph-no_reasons = Rien n'augmente cette note.
graph-reason_own = Risque propre, tel que déclaré par { $supplier } (déclaration { $id })
graph-reason_screening = Une correspondance de filtrage confirmée visant le lieu ou son exploitant
graph-reason_input = Un intrant sans fournisseur déclaré, tel que déclaré par { $supplier } (déclaration { $id })
graph-reason_from_tier = Un intrant { DE($site) }, au niveau { $tier } de la déclaration { DE($supplier) } (déclaration { $id })
graph-reason_from_site = Un intrant { DE($site) }, un fournisseur sans niveau (une boucle)
graph-reason_carried = Risque transmis par le lieu fournisseur { $site } : sa note nationale { $score }{ $has_context ->
    [yes] , moins le contexte de son propre pays, { $context } (compté une fois, sur sa propre ligne),
   *[no] {""}
} × { $decay } (atténuation par niveau)
graph-kind = Risque
graph-own = Points propres
graph-input = Intrant non déclaré ou local
graph-carried_from = Fournisseur le plus risqué
graph-carried = Transmis
graph-score = Note
graph-exposure_title = Où ce lieu apparaît
graph-exposure_lead = Chaque déclaration dont la chaîne le contient : déclaré par ce fournisseur lui-même, ou en amont de l'un de ses lieux par des liens que d'autres fournisseurs ont déclarés, avec le chemin jusqu'au niveau 1 de ce fournisseur.
graph-exposure_caption = Déclarations et soumissions que ce lieu atteint
graph-solicitation = Invitation
graph-how = Comment
graph-path = Chemin jusqu'au niveau 1
graph-declared_directly = Déclaré par ce fournisseur
graph-through_graph = Par les liens d'un autre fournisseur
graph-contracts_title = Contrats de ces fournisseurs
graph-no_contracts = Aucun contrat enregistré pour ces fournisseurs.
graph-neighbours_title = Fournisseurs et clients
graph-suppliers_caption = Lieux qui l'approvisionnent
graph-customers_caption = Lieux qu'il approvisionne
graph-no_suppliers = Aucun fournisseur de ce lieu n'est déclaré nulle part.
graph-matches_title = Correspondances possibles
graph-matches_lead = Paires de lieux qui pourraient n'en faire qu'un : même ville et même adresse sous d'autres noms, ou même nom à une autre adresse. Votre décision est enregistrée et ne sera plus demandée.
graph-match_caption = Les deux lieux
graph-reason_same_address = Même adresse et même ville, noms différents.
graph-reason_same_name = Même nom et même ville, adresses différentes.
graph-decide_same = Même lieu : fusionner
graph-decide_different = Lieux différents
graph-no_proposals = Aucune correspondance possible à trancher.

## picture

picture-title = Image de la chaîne
picture-lead = Les niveaux de gauche à droite : les matières premières d'abord, les lieux qui expédient au fournisseur en dernier. Chaque lieu a la couleur de son niveau de risque le plus élevé ; pointez un lieu ou atteignez-le avec la touche Tab pour lire ses notes et ses raisons.
picture-links = Chaque lieu ouvre sa page dans le graphe d'approvisionnement : sa note nationale et ses raisons, et chaque déclaration qui l'atteint.
picture-table_link = Les mêmes lieux en tableaux, avec chaque facteur
picture-legend = Bandes
picture-tier = Niveau
picture-no_tier = Sans niveau (boucle)

## dashboard

dashboard-percent =  %
dashboard-nav = Portefeuille
dashboard-title = Tableau de bord des risques du portefeuille
dashboard-lead = Là où les dépenses de l'État rencontrent le risque de travail forcé et de travail des enfants : la valeur des biens des déclarations au dossier, par catégorie de biens et pays de production, pondérée par le risque des lieux qui les fabriquent.
dashboard-year_label = Déclarations
dashboard-current = Déclarations en vigueur
dashboard-measure_label = Colorer les cellules selon
dashboard-measure_forced = Travail forcé
dashboard-measure_child = Travail des enfants
dashboard-show = Afficher
dashboard-scope_current = Chiffres des déclarations en vigueur (une déclaration remplacée ne compte plus).
dashboard-scope_year = Chiffres de l'exercice { $year } (avril à mars) : la dernière déclaration de chaque fournisseur par appel d'offres dont la date de déclaration tombe dans cet exercice (la date donnée par le fournisseur, non le jour de sa réception).
dashboard-spend = Dépenses déclarées
dashboard-high_share = Dépenses à risque élevé ou critique
dashboard-declarations = Déclarations comptées
dashboard-heat_title = Risque pondéré par les dépenses, par catégorie de biens et pays
dashboard-heat_lead = Une ligne par catégorie de biens, une colonne par pays de production, des dépenses les plus élevées aux plus faibles. Chaque cellule donne le score pondéré par les dépenses, les dépenses qu'elle couvre et l'autre type de risque.
dashboard-heat_caption = Cellules colorées selon : { $measure } (niveau et score sur 100) ; dépenses en dollars canadiens ; { $other } en dessous.
dashboard-cell_link = les déclarations derrière cette case ({ $count })
dashboard-no_spend = Aucune dépense
dashboard-empty = Aucune déclaration avec des biens valorisés dans cette sélection.
dashboard-no_declaration_year = Aucune déclaration pour l'exercice { $year } : aucune dépense à pondérer, donc aucune note — ce qui n'est pas un risque faible.
dashboard-no_declaration = Aucune déclaration en vigueur : aucune dépense à pondérer, donc aucune note — ce qui n'est pas un risque faible.
dashboard-no_valued_goods = Les déclarations retenues ne donnent aucune valeur à leurs biens : aucune dépense à pondérer, donc aucune note — ce qui n'est pas un risque faible.
dashboard-trend_title = Évolution par exercice
dashboard-trend_lead = Les scores pondérés par les dépenses des déclarations de chaque exercice, du plus ancien au plus récent. Choisir un exercice pour voir sa carte de chaleur.
dashboard-trend_caption = Score sur 100 pondéré par les dépenses, par exercice :
dashboard-method = Méthode : la valeur de chaque ligne de biens est répartie entre les lieux déclarés la produire (ou les lieux de niveau 1 de sa catégorie) et porte le score de chaque lieu, qui comprend le risque de ses propres fournisseurs. Une cellule est la moyenne de ses parts pondérée par les dépenses. Ne pas figurer sur une liste ne prouve pas un faible risque.
dashboard-col_scope = Portée
dashboard-col_category = Catégorie de biens
dashboard-col_country = Pays de production
dashboard-col_country_code = Code de pays
dashboard-col_spend = Dépenses ($ CA)
dashboard-col_forced_band = Niveau – travail forcé
dashboard-col_child_band = Niveau – travail des enfants
dashboard-col_high_percent = Dépenses à risque élevé ou critique (%)
dashboard-col_declarations = Déclarations
dashboard-col_year = Exercice
dashboard-all_categories = Toutes les catégories de biens
dashboard-all_countries = Tous les pays
dashboard-unclassified = Biens hors catégorie

## contracts

contracts-nav = Contrats et dossiers
contracts-title = Contrats et dossiers de conformité
contracts-lead = Les contrats, offres à commandes et arrangements en matière d'approvisionnement, les instruments d'approvisionnement éthique en vigueur pour chacun (calculés d'après ses dates et ses biens) et les dossiers de conformité ouverts à leur sujet.
contracts-caption = Contrats au dossier, du plus récent au plus ancien
contracts-none = Aucun contrat n'est au dossier.
contracts-number = Numéro du contrat
contracts-kind = Type
contracts-title_field = Titre
contracts-supplier = Fournisseur
contracts-business_number = Numéro d'entreprise du fournisseur
contracts-business_number_hint = Neuf chiffres, comme sur la déclaration du fournisseur.
contracts-goods = Catégorie de biens
contracts-value = Valeur ($ CA)
contracts-value_hint = En dollars, écrite à la française : espaces entre les milliers, virgule avant les cents (1 250 000,50).
contracts-awarded_on = Attribué le
contracts-ends_on = Prend fin le
contracts-cases = Dossiers
contracts-fiscal_year = exercice
contracts-new_title = Enregistrer un contrat
contracts-record = Enregistrer le contrat
contracts-contract_title = Contrat { $number }
contracts-instruments_caption = Instruments en vigueur pour ce contrat, et pourquoi
contracts-instrument = Instrument
contracts-in_force = En vigueur
contracts-why = Pourquoi
contracts-overridden = corrigé par un agent
contracts-cases_title = Dossiers de conformité
contracts-no_cases = Aucun dossier n'est ouvert sur ce contrat.
contracts-case_title = Titre du nouveau dossier (l'allégation, en quelques mots)
contracts-open_case = Ouvrir un dossier
contracts-case_title_missing = Un dossier doit avoir un titre ; rien n'a été enregistré.

## form

form-refused = Le formulaire n'a pas été enregistré ; rien n'a été conservé. Corrigez ce qui suit, puis envoyez de nouveau :

## case

case-title = Dossier nº { $id } : { $title }
case-case = Dossier
case-opened = Ouvert par { $who } le { $when }.
case-opened_on = Ouvert le
case-status = État
case-open = Ouvert
case-decided = Décision rendue
case-overdue = Réponse en retard
case-recorded = Consigné par { $who }, { $when }
case-sites = Lieux de la chaîne d'approvisionnement visés
case-site_reference = déclaration nº { $declaration_id }, lieu { $site }
case-os_id = Identifiant Open Supply Hub
case-met = Rempli :
case-dossier_html = Télécharger le dossier (HTML)
case-dossier_pdf = Télécharger le dossier (PDF)
case-contract = Contrat
case-checklist_title = Liste de vérification avant résiliation
case-grounds_met = Tous les motifs et toutes les étapes d'une résiliation sont au dossier.
case-grounds_missing = Des motifs ou des étapes manquent encore pour qu'une résiliation soit défendable :
case-record_title = Historique du dossier
case-empty = Rien n'a encore été consigné.
case-respond_title = Répondre à un avis
case-respond_lead = Votre réponse est ajoutée à l'historique du dossier avec sa date de réception ; elle ne peut plus être modifiée ensuite.
case-notice = Avis
case-text = Réponse
case-send_response = Envoyer la réponse
case-add_title = Ajouter au dossier
case-add_evidence = Preuve
case-evidence_kind = Type de preuve
case-source = Source
case-dated = Datée du
case-credibility = Crédibilité
case-indicators = Indicateurs de travail forcé de l'OIT constatés
case-summary = Résumé
case-record_evidence = Consigner la preuve
case-add_notice = Avis au fournisseur
case-sent_on = Envoyé le
case-respond_by = Répondre au plus tard le
case-subject = Objet
case-body = Texte de l'avis
case-send_notice = Consigner l'avis
case-add_plan = Plan de mesures correctives
case-milestones = Jalons
case-milestones_hint = Une ligne par jalon : l'échéance (AAAA-MM-JJ), une espace, puis ce qui doit être fait.
case-record_plan = Consigner le plan
case-add_decision = Décision
case-outcome = Issue
case-decided_on = Décidé le
case-rationale = Motifs
case-isp_referral = Renvoi au titre de la Politique d'inadmissibilité et de suspension
case-remediation_not_possible_because = Pourquoi la correction est impossible
case-remediation_not_possible_because_hint = Exigé pour résilier quand aucun plan de mesures correctives n'est au dossier ; exposé en plus des motifs.
case-record_decision = Consigner la décision
case-none = Aucun
case-notice_heading = Avis nº { $id } : { $subject }
case-response_heading = Réponse à l'avis nº { $id }
case-plan_heading = Plan de mesures correctives
case-done_on = réalisé le { $date }
case-decision_heading = Décision : { $outcome }
case-received_on = Reçue le

## dossier

dossier-chain_of = Chaîne déclarée par la déclaration nº { $id } du { $date }, avec ses scores
dossier-tier = Niveau
dossier-site = Lieu
dossier-country = Pays
dossier-no_sites = Aucun lieu n'a été déclaré.
dossier-title = Dossier de conformité nº { $id }
dossier-kind = Dossier de conformité
dossier-heading = { $title } : { $case }
dossier-generated = Produit le { $when } par { $who }. Dates au format AAAA-MM-JJ ; heures en UTC.
dossier-contract = Contrat et instruments en vigueur
dossier-declarations = Déclarations du fournisseur et leurs scores à chaque date
dossier-declarations_lead = Chaque déclaration envoyée par le fournisseur, y compris celles qui ont été remplacées, avec chaque évaluation qui en a été faite : le score à chaque date et le modèle qui l'a donné.
dossier-declaration = Déclaration
dossier-received = Reçue
dossier-assessed = Évaluée
dossier-model = modèle { $version }
dossier-no_declarations = Le fournisseur n'a aucune déclaration au dossier.
dossier-chain = La chaîne d'approvisionnement aujourd'hui (déclaration en vigueur la plus récente)
dossier-audit = Piste d'audit du dossier
dossier-audit_lead = L'empreinte de chaque entrée la lie à la précédente dans le journal en ajout seul du service ; { $command } vérifie toute la chaîne.
dossier-when = Quand (UTC)
dossier-who = Qui
dossier-action = Action
dossier-hash = Empreinte

## contract_kind

contract_kind-contract = Contrat
contract_kind-standing_offer = Offre à commandes
contract_kind-supply_arrangement = Arrangement en matière d'approvisionnement

## instrument

instrument-code_of_conduct2021 = Code de conduite pour l'approvisionnement (août 2021)
instrument-anti_forced_labour_clauses = Clauses contre le travail forcé (novembre 2021)
instrument-ethical_procurement_certification = Attestation d'approvisionnement éthique
instrument-origin_of_work_clause = Clause sur l'origine des travaux

## evidence_kind

evidence_kind-cbsa_classification = Classement de l'ASFC sous le numéro tarifaire 9897.00.00
evidence_kind-credible_report = Renseignements crédibles tirés d'un rapport
evidence_kind-audit_finding = Constatation d'audit
evidence_kind-grievance = Plainte
evidence_kind-foreign_enforcement = Mesure d'application étrangère
evidence_kind-false_certification = Fausse attestation

## ilo

ilo-abuse_of_vulnerability = Abus de vulnérabilité
ilo-deception = Tromperie
ilo-restriction_of_movement = Restriction de la liberté de mouvement
ilo-isolation = Isolement
ilo-physical_and_sexual_violence = Violences physiques et sexuelles
ilo-intimidation_and_threats = Intimidation et menaces
ilo-retention_of_identity_documents = Rétention de documents d'identité
ilo-withholding_of_wages = Retenue des salaires
ilo-debt_bondage = Servitude pour dettes
ilo-abusive_working_and_living_conditions = Conditions de travail et de vie abusives
ilo-excessive_overtime = Heures supplémentaires excessives

## credibility

credibility-low = Faible
credibility-medium = Moyenne
credibility-high = Élevée

## outcome

outcome-continue = Poursuivre le contrat
outcome-remediate = Mesures correctives
outcome-stop_work = Arrêt des travaux
outcome-terminate_for_default = Résiliation pour manquement
outcome-terminate_by_mutual_consent = Résiliation par consentement mutuel

## s211

s211-nav = Chiffres S-211
s211-title = Chiffres S-211, exercice { $year }
s211-lead = Les chiffres du rapport annuel prévu par la Loi sur la lutte contre le travail forcé et le travail des enfants dans les chaînes d'approvisionnement (S-211), pour un exercice d'avril à mars, tirés des contrats, déclarations, évaluations et dossiers au dossier. Une déclaration compte dans l'exercice du jour de sa réception (UTC), non de sa date de déclaration.
s211-year_label = Exercice
s211-figures_caption = Contrats, déclarations et dossiers de l'exercice
s211-measure = Mesure
s211-value = Nombre
s211-contracts_in_force = Contrats en vigueur pendant l'exercice
s211-contracts_with = …comportant : { $instrument }
s211-declarations_received = Déclarations reçues et en vigueur à la fin de l'exercice (une soumission envoyée de nouveau compte une fois)
s211-site_disclosures_received = Lieux de production déclarés par ces déclarations
s211-files_received = Fichiers de déclaration reçus, nouveaux envois compris
s211-cases_opened = Dossiers ouverts
s211-cases_remediated = Dossiers conclus par des mesures correctives
s211-cases_terminated = Dossiers conclus par une résiliation
s211-isp_referrals = Renvois au titre de la Politique d'inadmissibilité et de suspension
s211-csv_contracts_with = Contrats en vigueur pendant l'exercice comportant : { $instrument }
s211-assessments_forced_labour = Déclarations évaluées, par catégorie de biens et niveau : travail forcé
s211-assessments_child_labour = Déclarations évaluées, par catégorie de biens et niveau : travail des enfants
s211-assessments_title = Évaluations de l'exercice par catégorie de biens et niveau
s211-band = Niveau
s211-no_assessments = Aucune déclaration n'a été évaluée pendant cet exercice.
s211-method = Une déclaration compte dans l'exercice où elle a été reçue, avec sa dernière évaluation, sauf si le fournisseur l'a remplacée par un fichier plus récent pour la même soumission avant la fin de l'exercice : une soumission envoyée de nouveau compte une fois, par son fichier le plus récent de l'exercice (les fichiers eux-mêmes sont comptés à part) ; un contrat compte s'il était en vigueur pendant une partie de l'exercice ; un dossier compte comme ouvert dans l'exercice de son ouverture, et comme conclu (mesures correctives, résiliation, renvoi) dans l'exercice de sa décision.

## admin

account-nav = Mon compte
account-title = Mon compte
account-language = Langue des messages
account-language_lead = Les courriels que le service envoie à ce compte (avis, décisions, demandes de renseignements) sont rédigés dans cette langue.
account-language_now = Actuellement : { $language }.
account-language_unknown = Pas encore choisie : les messages arrivent en anglais et en français.
account-language_en = anglais
account-language_fr = français
account-save_language = Enregistrer la langue
account-done_language = La langue des messages est enregistrée.
account-alerts = Alertes de filtrage par courriel
account-alerts_lead = Quand une nouvelle édition d'une liste de filtrage, ou une déclaration reçue, ouvre des alertes, le service peut vous le dire par courriel. Les alertes restent de toute façon sur les pages de filtrage.
account-alerts_on = Actuellement : ces courriels vous sont envoyés.
account-alerts_off = Actuellement : ces courriels ne vous sont pas envoyés.
account-alerts_stop = Ne plus recevoir ces courriels
account-alerts_start = Recevoir ces courriels
account-done_alerts_on = Les nouvelles alertes de filtrage vous seront envoyées par courriel.
account-done_alerts_off = Les nouvelles alertes de filtrage ne vous seront plus envoyées par courriel ; elles restent sur les pages de filtrage.
admin-nav_accounts = Comptes
admin-nav_audit = Journal d'audit
admin-accounts_title = Comptes
admin-accounts_lead = Toutes les personnes qui peuvent se connecter, avec leur rôle. Ouvrez un compte pour le désactiver ou le réactiver, en changer le rôle, lancer une réinitialisation du mot de passe ou révoquer ses jetons d'API. Chaque modification est consignée dans le journal d'audit.
admin-accounts_caption = Comptes, par courriel
admin-name = Nom
admin-email = Courriel
admin-role = Rôle
admin-business_number = Numéro d'entreprise (fournisseurs)
admin-business_number_hint = Le numéro d'entreprise de l'ARC d'un fournisseur : neuf chiffres (un compte de programme comme RT0001 peut suivre). Laisser vide pour les autres rôles.
admin-status = État
admin-enabled = Actif
admin-disabled = Désactivé
admin-new_title = Créer un compte
admin-new_lead = Le compte n'a pas de mot de passe au départ : vous recevez un code à usage unique à remettre à la personne, qui choisit le sien avec ce code.
admin-create = Créer le compte
admin-created_title = Compte créé pour { $name }
admin-first_code_lead = Remettez ce code à usage unique à la personne ({ $email }) par un moyen sûr ; elle choisit son mot de passe avec ce code.
admin-code_title = Réinitialisation du mot de passe lancée pour { $name }
admin-code_lead = Remettez ce code à usage unique à la personne ({ $email }) par un moyen sûr ; son mot de passe actuel fonctionne jusqu'à ce qu'elle l'utilise.
admin-code_expires = Il peut servir une fois, jusqu'au { $when }.
admin-code_where = Elle le saisit sur la page { $page }.
admin-code_once = Ce code n'est affiché que maintenant et n'est pas conservé : copiez-le avant de quitter cette page. Lancer une autre réinitialisation le retire.
admin-own_account = C'est votre propre compte : un autre administrateur peut le désactiver ou en changer le rôle.
admin-enable_lead = Ce compte est désactivé : il ne peut pas se connecter et ses jetons d'API sont refusés. Le réactiver rend son mot de passe et ses jetons de nouveau valides.
admin-enable = Réactiver le compte
admin-disable_lead = Désactiver met fin aux sessions du compte sur-le-champ et refuse son mot de passe et ses jetons d'API jusqu'à sa réactivation.
admin-disable = Désactiver le compte
admin-change_role = Changer le rôle
admin-save_role = Enregistrer le rôle
admin-reset_title = Réinitialisation du mot de passe
admin-reset_lead = Donne un code à usage unique, valide { $hours } heures, avec lequel la personne choisit un nouveau mot de passe. L'utiliser met fin à ses sessions.
admin-reset_start = Lancer une réinitialisation du mot de passe
admin-tokens_title = Jetons d'API
admin-token_name = Jeton
admin-token_created = Émis
admin-token_revoked = Révoqué le { $when }
admin-token_revoke = Révoquer
admin-no_tokens = Ce compte n'a aucun jeton d'API.
admin-tokens_hint = Les jetons sont émis en ligne de commande (chainon user token) ; seuls leurs noms sont conservés ici, jamais les jetons.
admin-account_audit = Les entrées de ce compte dans le journal d'audit
admin-done_created = Compte créé.
admin-done_disabled = Le compte est désactivé ; ses sessions ont pris fin.
admin-done_enabled = Le compte est réactivé.
admin-done_role = Le rôle est enregistré ; il s'applique dès la prochaine requête du compte.
admin-done_revoked = Le jeton est révoqué.
admin-bad_email = courriel : saisir une adresse comme nom@exemple.ca
admin-bad_name = nom : saisir le nom de la personne (200 caractères au plus)
admin-bad_role = rôle : choisir un élément de la liste
admin-email_taken = courriel : { $email } est déjà l'adresse du compte « { $name } » (nº { $id }) ; un courriel désigne un seul compte. Rien n'a été créé.
admin-disabled_no_reset = Un compte désactivé ne peut pas recevoir de code de réinitialisation : réactivez-le d'abord.
admin-audit_title = Journal d'audit
admin-actor_cli = Ligne de commande (l’exploitant du serveur)
admin-actor_demo = Données de démonstration
admin-actor_screening = Filtrage à la réception (le service, qui applique les correspondances déjà confirmées par les agents)
admin-audit_verification = Vérification de la chaîne
admin-audit_intact = La chaîne de { $entries } entrées est vérifiée : aucune entrée n'a été modifiée, supprimée ni réordonnée.
admin-audit_broken = La chaîne de { $entries } entrées N'EST PAS vérifiée :
admin-audit_head_seq = Dernière entrée
admin-audit_head_hash = Empreinte de tête
admin-audit_head_hint = Conservez l'empreinte de tête ailleurs (un billet, un courriel signé) : si des entrées sont plus tard retirées de la fin, la tête ne lui correspondra plus.
admin-audit_subject = Objet
admin-audit_subject_hint = Un dossier, p. ex. account/3, declaration/12 ou case/2 ; laisser vide pour toutes les entrées.
audit_subject-declaration = Déclaration { $id }
audit_subject-case = Dossier { $id }
audit_subject-contract = Contrat { $id }
audit_subject-account = Compte { $id }
audit_subject-case_named = Dossier { $id } — { $supplier } : { $title } (contrat { $contract })
audit_subject-contract_named = Contrat { $number } — { $supplier }
audit_subject-account_named = Compte { DE($name) } ({ $email })
audit_subject-request = Demande de renseignements { $id }
audit_subject-request_named = Demande de renseignements { $id } à { $supplier } sur { $solicitation } : { $subject }
audit_subject-edition = Édition de liste { $id }
audit_subject-edition_named = { $list }, édition { $version } du { $day }
audit_subject-decision = Décision sur des correspondances { $id }
audit_subject-decision_named = Correspondance { DE($party) } avec « { $entry } » ({ $list })
audit_subject-decision_region = Correspondance { DE($party) } avec une inscription de la { $list } : { $entry }
audit_subject-site_match = Décision de rapprochement d'installations { $id }
audit_subject-solicitation = Demande de soumissions { $number }
audit_subject-business_number = numéro d'entreprise { $number }
admin-audit_subject_entries = ses entrées
admin-audit_filter = Afficher
admin-audit_caption = { $total ->
    [0] Aucune entrée
    [one] Entrée { $first } sur { $total }
   *[other] Entrées { $first }–{ $last } sur { $total }, de la plus récente à la plus ancienne
}
admin-audit_at = Quand (UTC)
admin-audit_actor = Qui
admin-audit_action = Action
admin-audit_facts = Faits
admin-audit_facts_raw = Tels qu'enregistrés et hachés (JSON)
audit_action-account_created = Compte créé
audit_action-account_disabled = Compte désactivé
audit_action-account_enabled = Compte réactivé
audit_action-account_language_changed = Langue modifiée
audit_action-account_screening_alerts_changed = Courriels d'alertes de filtrage activés ou désactivés
audit_action-account_password_reset = Mot de passe réinitialisé
audit_action-account_password_reset_started = Réinitialisation du mot de passe amorcée
audit_action-account_role_changed = Rôle modifié
audit_action-assessment_stored = Évaluation enregistrée
audit_action-case_opened = Dossier ouvert
audit_action-case_evidence = Élément de preuve ajouté
audit_action-case_notice = Avis envoyé
audit_action-case_response = Réponse reçue
audit_action-case_action_plan = Plan d'action consigné
audit_action-case_decision = Décision consignée
audit_action-contract_recorded = Contrat enregistré
audit_action-declaration_stored = Déclaration enregistrée
audit_action-evaluation_note = Note d'évaluation
audit_action-request_sent = Demande de renseignements envoyée
audit_action-request_answered = Réponse à une demande de renseignements
audit_action-screening_edition_imported = Édition de liste importée
audit_action-screening_hit_confirmed = Correspondance confirmée
audit_action-screening_hit_dismissed = Correspondance écartée
audit_action-screening_hits_closed_entry_removed = Correspondances fermées : l'inscription a quitté la liste
audit_action-screening_hits_closed_entry_changed = Correspondances fermées : l'inscription a été modifiée (l'inscription modifiée est posée à nouveau)
audit_action-screening_hits_closed_superseded = Correspondances fermées : une déclaration plus récente a remplacé la leur
audit_action-screening_hits_opened_entry_added = Correspondances ouvertes : une inscription appariée pour la première fois
audit_action-screening_hits_opened_entry_changed = Correspondances posées à nouveau : l'inscription a été modifiée depuis l'appariement
audit_action-screening_hits_reopened = Correspondances rouvertes : l'inscription est de nouveau sur la liste telle qu'appariée
audit_action-screening_hits_decision_remembered = Correspondances reprenant une décision déjà prise sur la même inscription
audit_action-screening_hits_restated = Correspondances décidées ramenées à la dernière décision sur leur inscription
audit_action-site_match_decided = Rapprochement de lieux tranché
audit_action-token_issued = Jeton d'API émis
audit_action-token_revoked = Jeton d'API révoqué
admin-audit_hash = Empreinte
admin-audit_download = Télécharger ces entrées telles qu'enregistrées (JSON)
admin-audit_download_hint = Chaque entrée avec ses faits et ses empreintes exactement comme la chaîne les garde, pour les vérifier ou les conserver ailleurs.
# Les faits d'une entrée du journal d'audit, une étiquette par clé de son JSON enregistré.
audit_fact-file_name = Fichier
audit_fact-sha256 = SHA-256
audit_fact-supplier = Fournisseur
audit_fact-business_number = Numéro d'entreprise
audit_fact-solicitation = Invitation à soumissionner
audit_fact-solicitation_number = Invitation à soumissionner
audit_fact-declaration_date = Date de la déclaration
audit_fact-sites = Lieux
audit_fact-supersedes = Remplace la déclaration
audit_fact-assessment_id = Évaluation
audit_fact-model_version = Version du modèle
audit_fact-forced_labour = Travail forcé
audit_fact-child_labour = Travail des enfants
audit_fact-score = Note
audit_fact-band = Niveau
audit_fact-findings = Constats
audit_fact-number = Numéro
audit_fact-kind = Type
audit_fact-title = Titre
audit_fact-supplier_name = Fournisseur
audit_fact-goods_category = Catégorie de biens
audit_fact-value_cad = Valeur
audit_fact-awarded_on = Attribution
audit_fact-ends_on = Fin
audit_fact-overrides = Instrument corrigé
audit_fact-instrument = Instrument
audit_fact-in_force = En vigueur
audit_fact-reason = Motif
audit_fact-contract_id = Contrat
audit_fact-event_id = Entrée
audit_fact-event = Événement
audit_fact-attachments = Pièce jointe
audit_fact-id = Numéro
audit_fact-media_type = Type de fichier
audit_fact-size = Taille (octets)
audit_fact-source = Source
audit_fact-dated = Date de la preuve
audit_fact-allegation = Allégation
audit_fact-indicators = Indicateurs du travail forcé de l'OIT
audit_fact-child_indicators = Indicateurs du travail des enfants
audit_fact-credibility = Crédibilité
audit_fact-summary = Résumé
audit_fact-sent_on = Envoi
audit_fact-respond_by = Échéance de la réponse
audit_fact-subject = Objet
audit_fact-body = Texte
audit_fact-delivery = Remise antérieure
audit_fact-on = Date
audit_fact-means = Mode
audit_fact-evidence = Preuve
audit_fact-notice_seq = Avis (entrée)
audit_fact-received_on = Réception
audit_fact-text = Texte
audit_fact-milestones = Étape
audit_fact-description = Description
audit_fact-due = Échéance
audit_fact-done_on = Réalisation
audit_fact-outcome = Issue
audit_fact-decided_on = Date de la décision
audit_fact-rationale = Motifs
audit_fact-isp_referral = Renvoi selon la Politique d'inadmissibilité et de suspension
audit_fact-remediation_not_possible_because = Pourquoi la correction est impossible
audit_fact-declaration_id = Déclaration
audit_fact-answer_id = Réponse
audit_fact-note_id = Note
audit_fact-list = Liste
audit_fact-version = Version
audit_fact-label = Libellé
audit_fact-publisher = Éditeur
audit_fact-licence = Licence
audit_fact-published_on = Publication
audit_fact-entries = Entrées
audit_fact-added = Ajoutées
audit_fact-removed = Retirées
audit_fact-changed = Modifiées
audit_fact-edition = Édition
audit_fact-hits = Correspondances
audit_fact-hit = Correspondance
audit_fact-entry_key = Clé de l'entrée
audit_fact-entry_name = Entrée
audit_fact-entry_hash = Empreinte du contenu de l'entrée
audit_fact-party_key = Clé de la partie
audit_fact-party_name = Partie
audit_fact-confirmed = Confirmée
audit_fact-cause = Motif du changement
audit_fact-older_than = Remplace l'édition plus récente
audit_fact-restated = Correspondances ramenées à la décision
audit_fact-note = Note
audit_fact-key_a = Première installation
audit_fact-key_b = Deuxième installation
audit_fact-same = Même installation
audit_fact-email = Courriel
audit_fact-role = Rôle
audit_fact-language = Langue des messages
audit_fact-sessions_ended = Sessions terminées
audit_fact-from = Avant
audit_fact-to = Après
audit_fact-token_id = Jeton
audit_fact-name = Nom
audit_fact-expires_at = Expiration
audit_fact-earlier_codes_withdrawn = Codes antérieurs retirés
audit_fact-reset_started_by = Réinitialisation lancée par
admin-fault_edited = Entrée { $seq } : son contenu ne correspond plus à son empreinte (modifiée).
admin-fault_missing = Entrée { $seq } : des entrées manquent avant elle (numéro attendu : { $expected }).
admin-fault_unchained = Entrée { $seq } : elle ne suit pas l'entrée précédente (supprimée, insérée ou réordonnée).
admin-fault_short_edited = modifiée
admin-fault_short_missing = entrées manquantes avant elle
admin-fault_short_unchained = ne suit pas la précédente

## reset

reset-title = Choisir un nouveau mot de passe
reset-lead = Saisissez le code à usage unique qu'un administrateur vous a remis et choisissez un nouveau mot de passe. Le code sert une fois ; vos autres sessions prennent fin.
reset-code = Code à usage unique
reset-password = Nouveau mot de passe
reset-password_hint = Au moins { $min } caractères ; une phrase de plusieurs mots se retient facilement.
reset-repeat = Le nouveau mot de passe, de nouveau
reset-submit = Enregistrer le mot de passe
reset-done = Votre mot de passe est enregistré. Connectez-vous avec celui-ci.
reset-bad_code = code : ce code est inconnu, déjà utilisé ou expiré ; demandez-en un nouveau à un administrateur
reset-too_short = mot de passe : utiliser au moins { $min } caractères
reset-mismatch = répétition : les deux mots de passe diffèrent

## receipt

receipt-title = Déclaration reçue
receipt-crumb = Accusé de réception
receipt-link = Accusé de réception
receipt-lead = Votre déclaration a été reçue et enregistrée. Conservez cette confirmation : citez son numéro de référence dans tout échange à son sujet.
receipt-already = Vous aviez déjà envoyé ce fichier : il a été reçu le { $when } sous la référence { $reference }. Rien de nouveau n'a été enregistré ; voici son accusé de réception d'origine.
receipt-reference = Numéro de référence
receipt-received_at = Reçue (date et heure)
receipt-declaration_date = Date de la déclaration
receipt-file = Fichier
receipt-sites = Lieux de travail déclarés
receipt-replaces = Elle remplace votre déclaration du { $date }, référence { $reference }.
receipt-replaces_nothing = Elle ne remplace aucune déclaration antérieure.
receipt-replaced_since = Elle a depuis été remplacée par votre déclaration du { $date }, référence { $reference }, qui est celle en vigueur.
receipt-replaced_since_in_turn = Elle a depuis été remplacée par votre déclaration du { $date }, référence { $reference }, remplacée à son tour : celle en vigueur est votre déclaration du { $in_force_date }, référence { $in_force_reference }.
receipt-see_receipt = L'accusé de réception de cette déclaration
receipt-assessment = Évaluation à la réception, après le filtrage selon les listes en vigueur
receipt-forced_labour = Risque de travail forcé
receipt-child_labour = Risque de travail des enfants
receipt-findings = Constats
receipt-printed = Confirmation produite le { $when }.
receipt-print_hint = Pour en garder une copie papier ou PDF, imprimez cette page (Ctrl+P ou ⌘+P) : seule la confirmation est imprimée.
receipt-see_assessment = Voir la déclaration et son évaluation
receipt-back_home = Retour à mes déclarations

## standing

standing-notices = Avis adressés à votre organisation
standing-notice = Avis
standing-status = Où il en est
standing-answered = Répondu
standing-overdue = Échéance passée sans réponse
standing-open = Réponse attendue
standing-no_notices = Aucun avis n'a été envoyé à votre organisation.
standing-cases = Dossiers de conformité ouverts
standing-case_of = contrat { $contract }, ouvert le { $when }
standing-no_cases = Votre organisation n'a aucun dossier de conformité ouvert.

## notice

notice-heading = Avis { $number } : { $subject }
notice-response_heading = Réponse à l'avis { $number }
notice-choice = Avis { $number } — { $subject } (répondre d'ici le { $date })
notice-indicators = Indicateurs relevés
notice-extended = Délai prolongé
notice-extended_text = L'avis indiquait le { $written } ; la { $policy } fixe le délai minimal à partir du jour où le fournisseur a pu voir l'avis.
notice-delivery = Remis antérieurement
notice-dates_hint = L'avis est envoyé aujourd'hui ({ $today }), quand le fournisseur peut le voir. La { $policy } accorde au fournisseur au moins { $days } jours : répondre d'ici le { $min } au plus tôt.
notice-delivery_legend = Remis antérieurement (facultatif)
notice-delivery_hint = Seulement si l'avis a déjà été remis au fournisseur avant aujourd'hui : le jour, le mode (courrier recommandé, remise en main propre…) et la preuve (numéro de suivi, accusé de réception signé…). Le délai de réponse court alors à partir de ce jour.
notice-delivered_on = Remis le
notice-delivery_means = Mode de remise
notice-delivery_evidence = Preuve de remise
notice-list_title = Avis et délais de réponse
notice-number = Nº
notice-status_answered = Répondu
notice-status_open = En attente de réponse
notice-status_overdue = Délai échu sans réponse

## allegation

allegation-label = Allégation
allegation-forced_labour = Travail forcé
allegation-child_labour = Travail des enfants
allegation-child_indicators = Indicateurs du travail des enfants relevés (OIT C138 et C182)

## child_indicator

child_indicator-below_minimum_working_age = Sous l'âge minimum d'admission à l'emploi
child_indicator-hazardous_work = Travail dangereux
child_indicator-worst_forms = Pires formes de travail des enfants
child_indicator-school_attendance = Empêché de fréquenter l'école

## attachment

attachment-list = Fichiers joints (avec leur empreinte SHA-256)
attachment-choose = Joindre des fichiers (facultatif)
attachment-hint = Jusqu'à 5 fichiers de 10 Mio chacun : PDF, JPEG, PNG, WebP, TIFF, HEIC, DOCX, XLSX, ODT, ODS ou texte brut. Le type est vérifié d'après le contenu du fichier. Si le formulaire est refusé, choisir de nouveau les fichiers.

## rank

rank-title = Classement des soumissions
rank-lead = Les soumissions recevables d'abord, le risque le plus faible d'abord : selon le pire de ses deux niveaux (travail forcé et travail des enfants : une soumission au niveau critique pour l'un ou l'autre n'est jamais classée avant une soumission dont les deux niveaux sont plus bas), puis l'autre niveau, puis le score de travail forcé, puis celui de travail des enfants, puis la divulgation (moins de lacunes) ; ensuite les soumissions non recevables (fournisseur inadmissible aujourd'hui selon la Politique d'inadmissibilité et de suspension de SPAC), qui ne peuvent être retenues quel que soit leur risque, dans le même ordre ; les soumissions non évaluées en dernier. Les raisons nomment le lieu qui détermine chaque score et ses principaux facteurs.
rank-caption = Soumissions de { $number }, risque le plus faible d'abord
rank-rank = Rang
rank-bid = Soumission
rank-disclosure = Divulgation
rank-standing = Raison du rang
rank-why = Ce qui détermine les scores
rank-forced_prefix = Travail forcé :
rank-child_prefix = Travail des enfants :
rank-not_assessed = Non évaluée : classée dernière.
rank-before_unassessed = Avant { $other }, qui n'a pas d'évaluation.
rank-by_forced = Avant { $other } pour le travail forcé ({ $this } contre { $that }).
rank-by_worse_band = Avant { $other } : le pire de ses deux niveaux (travail forcé et travail des enfants) est { $this }, contre { $that }.
rank-by_other_band = À égalité avec { $other } pour le pire des deux niveaux ; avant elle pour l'autre niveau ({ $this } contre { $that }).
rank-by_child = À égalité avec { $other } pour le travail forcé ; avant elle pour le travail des enfants ({ $this } contre { $that }).
rank-tie = À égalité avec { $other } sur tous les critères.
rank-last = Dernière, après { $other } (la raison figure sur sa ligne).
rank-only = La seule soumission évaluée : rien à quoi la comparer.
rank-disclosure_complete = Aucune lacune de divulgation
rank-follow_up = Suivi

## follow

follow-title = Suivi de la soumission { DE($supplier) } ({ $number })
follow-lead = Les demandes de renseignements ou de précisions envoyées au soumissionnaire, leurs réponses, les notes d'évaluation du dossier et le contrat une fois attribué.
follow-declaration = Déclaration du { $date }
follow-contracts_title = Contrat
follow-open_contract = Ouvrir le dossier du contrat { $number }
follow-no_contract = Aucun contrat avec ce fournisseur n'est encore consigné.
follow-record_award = Consigner l'attribution d'un contrat à ce soumissionnaire
follow-requests_title = Demandes de renseignements
follow-no_requests = Aucune demande n'a été envoyée à ce soumissionnaire.
follow-new_request = Demander des renseignements ou des précisions
follow-request_body = Ce qui est demandé au soumissionnaire
follow-send_request = Envoyer la demande
follow-sent = Envoyée par { $who } le { $when } ; répondre d'ici le { $date }.
follow-answered = Réponse { DE($who) }, { $when }
follow-answer_declaration = Déclaration nº { $id }, jointe à la réponse
follow-notes_title = Notes d'évaluation
follow-no_notes = Aucune note d'évaluation pour l'instant.
follow-note = Note au dossier
follow-record_note = Consigner la note
follow-request_title = Demande nº { $id } : { $subject }
follow-answers_title = Réponses
follow-no_answers = Aucune réponse pour l'instant.
follow-answer_title = Répondre à la demande
follow-answer_lead = Rédigez votre réponse ; si elle exige une déclaration corrigée, téléversez-la d'abord, puis choisissez-la ci-dessous.
follow-upload_new = Téléverser une nouvelle déclaration
follow-answer_with = Déclaration jointe à la réponse (facultatif)
follow-no_declaration = Aucune
follow-send_answer = Envoyer la réponse

## screening

nonresponsive-label = Soumission non recevable :
nonresponsive-contract_label = Fournisseur inadmissible :
screening-contract_forced_label = Travail forcé confirmé dans la chaîne du fournisseur :
compare-responsive = Recevable (Politique d’inadmissibilité et de suspension)
screening-nav = Alertes de filtrage
screening-nav_open = décisions à prendre
screening-title = Listes de filtrage
screening-lead = Les listes qui interdisent des biens et des fournisseurs, chacune importée comme une édition datée à partir du fichier que publie son éditeur, et rapprochées de chaque fournisseur, exploitant de lieu et lieu au dossier. Une nouvelle édition est comparée à la précédente et chaque déclaration est filtrée de nouveau ; les nouvelles déclarations sont filtrées à leur arrivée.
screening-alerts_link = Correspondances en attente de décision
screening-effect_forced_labour = Une correspondance confirmée rend critique le risque de travail forcé du lieu (l'entrée est nommée comme motif ; l'atténuation ne peut l'abaisser).
screening-effect_ineligibility = Une correspondance confirmée sur une inadmissibilité ou une suspension est un constat au titre du Code de conduite pour l'approvisionnement : la soumission est non recevable pendant sa période. Une entente administrative laisse le fournisseur admissible.
screening-effect_watch = Une correspondance confirmée est montrée aux agents ; elle ne change pas la note.
screening-editions_caption = Éditions de cette liste, la plus récente d'abord
screening-edition = Édition
screening-published = Publiée le
screening-entries = Entrées
screening-added = Ajoutées
screening-removed = Retirées
screening-changed = Modifiées
screening-source = Éditeur et licence
screening-no_edition = Aucune édition importée.
screening-import_title = Importer une édition
screening-import_lead = Choisissez la liste et le fichier tel que le publie son éditeur. Le fichier est lu en entier : un fichier qui présente un problème est refusé, avec chaque problème et sa ligne, et rien n'est enregistré.
screening-list_label = Liste
screening-published_label = Date de l'édition selon l'éditeur (aujourd'hui si vide)
screening-older_label = Édition plus ancienne : en faire l'édition en vigueur de la liste bien qu'elle soit datée d'avant l'édition en vigueur
screening-older_hint = Sans cette case, un fichier daté d'avant l'édition en vigueur de la liste est refusé : il ramènerait la liste à un état antérieur. Cochez-la seulement quand la liste doit revenir à cette édition (l'éditeur a retiré la plus récente).
screening-label_label = Nom de l'édition selon l'éditeur (la date si vide)
screening-licence_label = Licence (la licence habituelle de la liste si vide)
screening-licence_hint = Les données d'OpenSanctions sont libres pour un usage non commercial seulement ; indiquez la licence que détient votre ministère.
screening-file_label = Fichier de la liste
screening-import_submit = Importer l'édition
screening-refused = Le fichier de la liste a été refusé : rien n'a été enregistré
screening-refused_caption = Problèmes trouvés dans le fichier
screening-publisher = Éditeur
screening-address = Publiée à
screening-licence = Licence
screening-file = Fichier
screening-imported = Importée
screening-imported_by_cli = l’exploitant du serveur, par la ligne de commande
screening-diff_title = Changements depuis l'édition précédente
screening-previous_edition = L'édition précédente : { $edition }, publiée le { $day }
# Une édition est nommée par sa liste, son numéro parmi les éditions de la liste et, après #, l'identifiant que
# prennent les adresses et les commandes : jamais par l'un des deux seul.
screening-edition_name = { $list }, édition { $version } (#{ $id })
screening-edition_short = édition { $version } (#{ $id })
screening-import_done = Importée. Chaque déclaration enregistrée a été filtrée de nouveau avec cette édition :
screening-import_already = Ce fichier a déjà été importé comme cette édition : rien n'a été enregistré de nouveau.
screening-first_edition = La première édition de cette liste : chaque entrée est nouvelle.
screening-none = Aucune.
screening-alerts_title = Correspondances du filtrage
screening-alerts_lead = Chaque correspondance est un fournisseur, un exploitant de lieu ou un lieu pris pour une entrée de liste, avec la preuve : ce qui correspond, à quel point, l'entrée et son édition. Confirmez une vraie correspondance ou écartez une fausse : la décision est consignée au journal d'audit et n'est plus demandée pour la même entrée et la même partie, sauf si l'entrée change.
screening-filter_label = Quelles correspondances
screening-filter_hits = Filtrer les correspondances
screening-filter_list = Liste
screening-filter_any_list = Toutes les listes
screening-filter_declaration = Numéro de déclaration
screening-filter_name = Nom de la partie ou de l'inscription (ou une partie du nom)
screening-filter_clear = Afficher toutes les correspondances de ce statut
screening-status = État
screening-status_open = En attente de décision
screening-status_confirmed = Confirmée
screening-status_dismissed = Écartée
screening-status_all = Toutes
screening-list = Liste
screening-party = Partie rapprochée
screening-site_ref = lieu
screening-declaration = Déclaration
screening-bid_on = soumission pour
screening-method = Comment
screening-fields = Champs qui correspondent
screening-reaches = Déclarations dont la chaîne l'atteint
screening-contracts = Contrats du fournisseur
screening-cases = dossiers
screening-publisher_licence = { $publisher } ; { $licence }
# Entre les éléments d'une liste dont les éléments contiennent des virgules.
screening-list_separator = {" ; "}
screening-note_label = Motif (consigné au journal d'audit)
screening-confirm = Confirmer : c'est l'entité inscrite
screening-dismiss = Écarter : une fausse correspondance
screening-already_confirmed = La correspondance nº { $hit_id } ({ $party } — { $entry }) avait déjà été confirmée par { $who } le { $when } : votre décision n'a pas été enregistrée, et la décision au dossier demeure.
screening-already_dismissed = La correspondance nº { $hit_id } ({ $party } — { $entry }) avait déjà été écartée par { $who } le { $when } : votre décision n'a pas été enregistrée, et la décision au dossier demeure.
screening-no_hits = Aucune correspondance ici.
screening-status_entry_removed = Fermée : l’inscription ne figure plus sur la liste telle qu’elle a été rapprochée
screening-status_superseded = Fermée : une déclaration plus récente a remplacé celle-ci
screening-confirmed_title = Correspondances de filtrage confirmées
screening-confirmed_lead = Un agent a confirmé que ces parties sont les entités inscrites. L’effet d’une confirmation sur chaque liste est indiqué sous son nom ; une inscription qu’une édition ultérieure retire ou fait prendre fin n’a plus d’effet dès lors.
screening-confirmed_caption = Correspondances confirmées, les plus récentes d’abord
screening-confirmed_entry = Inscription
screening-confirmed_by = Confirmée par
screening-confirmed_removed = Ne figure plus sur la liste depuis l’{ $edition }, importée le { $imported } : cette confirmation n’a plus d’effet depuis lors
# Une correspondance confirmée de la liste de SPAC sur les pages de déclaration et d'installation : la mesure, sa période et ce qu'elle fait aujourd'hui.
screening-effect_pspc = { $measure }{ $period ->
        [both] {" "}(du { $from } au { $until })
        [from] {" "}(depuis le { $from })
        [until] {" "}(jusqu'au { $until })
       *[none] {""}
    } : { $bars ->
        [no] le fournisseur reste admissible en vertu de l'entente ; la confirmation n'ajoute aucun constat, et la soumission est recevable sur ce point.
       *[yes] { $when ->
            [ended] la période a pris fin le { $until } : le fournisseur n'est plus inadmissible, et la soumission est recevable sur ce point.
            [future] la période commence le { $from } : dès ce jour, la confirmation est un constat au titre du Code de conduite pour l'approvisionnement et la soumission est non recevable ; d'ici là, elle est recevable sur ce point.
            [status] le statut donné par l'éditeur met fin à la mesure : la soumission est recevable sur ce point.
           *[now] un constat au titre du Code de conduite pour l'approvisionnement : la soumission est non recevable.
        }
    }
# La marque d'une correspondance confirmée dont l'inscription n'est plus (ou pas encore) en vigueur.
screening-confirmed_not_in_force = { $when ->
        [status] N’est plus en vigueur depuis l’{ $edition }, importée le { $imported } : son statut est désormais « { $status } » ; cette confirmation n’a plus d’effet depuis lors
        [ended] N’est plus en vigueur : sa période a pris fin le { $until } ({ $edition }) ; cette confirmation n’a plus d’effet depuis lors
       *[future] Pas encore en vigueur : sa période commence le { $from } ({ $edition }) ; cette confirmation n’a pas d’effet d’ici là
    }
# Ce qui a été rapproché, parmi les correspondances confirmées : le type de partie, son nom et le lieu de la déclaration où elle se trouve.
screening-confirmed_party = { $kind } : { $name }{ $at_site ->
        [yes] {" "}(lieu { $site })
       *[no] {""}
    }
screening-party_supplier = Fournisseur
screening-party_operator = Exploitant du lieu
screening-party_site = Lieu
screening-party_signatory = Signataire
screening-party_contact = Personne-ressource
screening-method_business_number = Même numéro d'entreprise
screening-method_os_id = Même identifiant Open Supply Hub
screening-method_exact_name = Même nom
screening-method_alias = Identique à un autre nom
screening-method_former_name = Identique à une ancienne dénomination
screening-method_transliteration = Même nom une fois translittéré
screening-method_look_alike_letters = Même nom, des lettres d'un autre alphabet semblables à des lettres latines (un « а » cyrillique pour un « a » latin) lues comme les lettres latines qu'elles imitent
screening-method_compact_name = Mêmes lettres une fois les espaces et les formes juridiques romanisées retirés
screening-method_word_order = Mêmes mots dans un autre ordre
screening-method_similar_name = Nom semblable
screening-method_subsidiary = Nom d'une entité inscrite avec ses filiales
screening-method_place_omitted = Même nom sans son lieu (province, région ou ville de Chine)
screening-method_place_moved = Même nom, son lieu en Chine écrit autrement ou ailleurs
screening-method_romanisation = Même nom dans une autre romanisation (nom arabe écrit à l'anglaise ou à la française, nom chinois en Wade-Giles ou en romanisation postale)
screening-method_word_omitted = Même nom, un mot générique en moins
screening-method_branch = Une succursale de l'entité inscrite
screening-method_left_out = { $method } : « { $words } » omis
screening-method_region_or_industry = Biens d'un secteur et d'un pays visés par une ordonnance
screening-shown = { $total ->
    [0] Aucune correspondance de ce type.
    [one] Correspondance { $first } sur { $total }.
   *[other] Correspondances { $first }–{ $last } sur { $total }.
}
screening-labelled = { $label } : { $text }
screening-method_line = { $method } ({ $similarity }) : { $party } / { $entry }
screening-note_after = {" "}:{" "}
screening-found = Trouvée le
screening-pages_label = Pages de correspondances
screening-previous_page = Correspondances précédentes
screening-next_page = Correspondances suivantes
screening-field_business_number = numéro d'entreprise
screening-field_legal_name = dénomination sociale
screening-field_operator_name = nom de l'exploitant
screening-field_site_name = nom du lieu
screening-field_signatory_name = nom du signataire
screening-field_contact_name = nom de la personne-ressource
screening-field_os_id = identifiant Open Supply Hub
screening-field_country = pays
screening-field_goods = biens fabriqués
screening-change_line = { $field } : { $old } → { $new }
screening-entries_link = { $count ->
    [0] L'édition n'a aucune entrée
    [one] L'entrée de l'édition, avec ses autres noms et indications
   *[other] Les { $count } entrées de l'édition, avec leurs autres noms et indications
}
screening-entries_shown = { $total ->
    [0] Aucune entrée.
    [one] Entrée { $first } sur { $total }, dans l'ordre du fichier.
   *[other] Entrées { $first }–{ $last } sur { $total }, dans l'ordre du fichier.
}
screening-diff_counts = Entrées : { $added ->
    [0] aucune ajoutée
    [one] { $added } ajoutée
   *[other] { $added } ajoutées
}, { $removed ->
    [0] aucune retirée
    [one] { $removed } retirée
   *[other] { $removed } retirées
}, { $changed ->
    [0] aucune modifiée
    [one] { $changed } modifiée
   *[other] { $changed } modifiées
}.
screening-search_changes = Rechercher dans les changements
screening-search_entries = Rechercher dans les entrées
screening-search = Nom ou clé (ou une partie)
screening-search_entry = Nom, autre nom ou clé (ou une partie)
screening-change_kind = Changements
screening-change_all = Tous les changements
screening-no_change_found = Aucun changement ne correspond.
screening-entry_line = ligne { $line } du fichier
screening-entry_place = Source
screening-entry_key = Clé
screening-entry_name = Nom
screening-region_entry = Ordonnance sur les biens « { $industry } » (pays : { $country } ; aucune entreprise nommée)
screening-entry_scope = Type d'entrée
screening-entry_section = Article ou mesure
screening-entry_industry = Secteur
screening-entry_effective = Entrée en vigueur
screening-entry_ends = Fin de la période
screening-entry_status = Statut selon l'éditeur
screening-entry_country = Pays
screening-entry_nationality = Nationalité
screening-entry_birth_date = Date de naissance
screening-entry_reason = Motif
screening-entry_topics = Thèmes
screening-entry_first_seen = Première mention par OpenSanctions
# OpenSanctions topics, by the labels FollowTheMoney gives them (followthemoney/types/topic.py); dots of the code as `_`.
ftm_topic-crime = Crime
ftm_topic-crime_fraud = Fraude
ftm_topic-crime_cyber = Cybercriminalité
ftm_topic-crime_fin = Criminalité financière
ftm_topic-crime_env = Atteintes à l’environnement
ftm_topic-crime_theft = Vol
ftm_topic-crime_war = Crimes de guerre
ftm_topic-crime_boss = Direction d’organisation criminelle
ftm_topic-crime_terror = Terrorisme
ftm_topic-crime_traffick = Trafic
ftm_topic-crime_traffick_drug = Trafic de drogue
ftm_topic-crime_traffick_human = Traite de personnes
ftm_topic-forced_labor = Travail forcé
ftm_topic-asset_frozen = Avoir gelé
ftm_topic-wanted = Recherché
ftm_topic-corp_offshore = Extraterritorial (offshore)
ftm_topic-corp_shell = Société-écran
ftm_topic-corp_public = Société cotée en bourse
ftm_topic-corp_disqual = Frappé d’interdiction de gérer
ftm_topic-gov = Gouvernement
ftm_topic-gov_national = Gouvernement national
ftm_topic-gov_state = Gouvernement d’un État fédéré ou d’une province
ftm_topic-gov_muni = Administration municipale
ftm_topic-gov_soe = Entreprise d’État
ftm_topic-gov_igo = Organisation intergouvernementale
ftm_topic-gov_head = Chef de gouvernement ou d’État
ftm_topic-gov_admin = Fonction publique
ftm_topic-gov_executive = Pouvoir exécutif
ftm_topic-gov_legislative = Pouvoir législatif
ftm_topic-gov_judicial = Pouvoir judiciaire
ftm_topic-gov_security = Services de sécurité
ftm_topic-gov_financial = Banque centrale et intégrité financière
ftm_topic-fin = Services financiers
ftm_topic-fin_bank = Banque
ftm_topic-fin_fund = Fonds
ftm_topic-fin_adivsor = Conseiller financier
ftm_topic-reg_action = Mesure d’un organisme de réglementation
ftm_topic-reg_warn = Mise en garde d’un organisme de réglementation
ftm_topic-role_pep = Personnalité politique
ftm_topic-role_pol = Personnalité politique non PPV
ftm_topic-role_rca = Proche associé
ftm_topic-role_judge = Juge
ftm_topic-role_civil = Fonctionnaire
ftm_topic-role_diplo = Diplomate
ftm_topic-role_lawyer = Avocat
ftm_topic-role_acct = Comptable
ftm_topic-role_spy = Espion
ftm_topic-role_oligarch = Oligarque
ftm_topic-role_journo = Journaliste
ftm_topic-role_act = Militant
ftm_topic-role_lobby = Lobbyiste
ftm_topic-pol_party = Parti politique
ftm_topic-pol_union = Syndicat
ftm_topic-rel = Religion
ftm_topic-mil = Armée
ftm_topic-sanction = Entité sanctionnée
ftm_topic-sanction_linked = Entité liée à une sanction
ftm_topic-sanction_counter = Entité visée par des contre-sanctions
ftm_topic-export_control = Soumis au contrôle des exportations
ftm_topic-export_risk = Risque commercial
ftm_topic-debarment = Entité exclue des marchés publics
ftm_topic-poi = Personne d’intérêt
screening-entry_aliases = Autres noms
screening-entry_former_names = Anciens noms
screening-entry_footnotes = Appels de note sur le nom (les notes sont sous le tableau de l'éditeur)
screening-entry_subsidiaries = Filiales
screening-entry_subsidiaries_yes = L'inscription vise aussi ses filiales
screening-entry_identifiers = Identifiants
screening-entry_business_number = Numéro d'entreprise
screening-entry_os_id = Identifiant Open Supply Hub
screening-entry_address = Adresse
screening-entry_other_countries = Autres pays
screening-scope_entity = Une entité
screening-scope_person = Une personne
screening-scope_region_or_industry = Une région ou une industrie

# Requests for information: the supplier's list, a bid's chain of declarations.
follow-replaced = Cette déclaration a été remplacée. Le suivi de la soumission se poursuit sur la déclaration courante, où les demandes et notes ci-dessous figurent aussi :
follow-current = Suivi de la déclaration nº { $id } du { $date }
follow-made_on = Faite sur la déclaration nº { $id }
requests-title = Demandes de renseignements
requests-lead_supplier = Les demandes de renseignements ou de précisions adressées à votre organisation au sujet de ses soumissions, les ouvertes d'abord, chacune avec son échéance et qui l'a faite.
requests-lead_officer = Les demandes de renseignements ou de précisions que vous avez adressées aux soumissionnaires, les ouvertes d'abord.
requests-none = Aucune demande de renseignements n'a été envoyée.
requests-open_title = Demandes de renseignements qui attendent votre réponse
requests-no_open = Aucune demande de renseignements n'attend votre réponse.
requests-all = Toutes les demandes de renseignements
requests-row = Invitation { $number }, demandée par { $who } le { $when } ; répondre d'ici le { $date }
nav-requests = Demandes de renseignements
standing-request = Demande
standing-asked = Demandée par, le
rank-order = Les soumissions recevables d'abord, le risque le plus faible d'abord (le pire des deux niveaux, puis l'autre niveau, puis le score de travail forcé, puis celui de travail des enfants, puis la divulgation) ; ensuite les soumissions non recevables (fournisseur inadmissible le jour de l'exportation selon la Politique d'inadmissibilité et de suspension de SPAC), qui ne peuvent être retenues quel que soit leur risque, dans le même ordre ; les soumissions non évaluées en dernier.
rank-before_nonresponsive = Avant { $other }, qui est non recevable : toute soumission recevable est classée avant une soumission non recevable.
rank-nonresponsive = Non recevable : classée après toutes les soumissions recevables, quel que soit son risque.
compare-export_order = Ordre des soumissions
# The sheet of an XLSX export: at most 31 characters (Excel), none of []:*?/\\.
export-sheet_comparison = Comparaison
export-sheet_dashboard = Risques du portefeuille
export-sheet_s211 = Chiffres S-211
screening-decided_with_note = { $decided } : { $note }

# Entre les éléments d'une liste dite sur une ligne (les lignes d'un pays, les facteurs d'un lieu).
list-separator = {" ; "}
