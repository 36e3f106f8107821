# Messages français des pages, rapports et formulaires (Project Fluent). Convertis de l'ancien fr.toml;
# chaque message doit aussi figurer dans ../en/catalog.ftl avec les mêmes variables (un test le vérifie).

## layout

layout-skip = Passer au contenu principal
layout-tagline = Risques éthiques des chaînes d'approvisionnement fédérales
layout-nav_label = Principal
layout-other_language = English
layout-footer = Chaînon évalue le risque de travail forcé et de travail des enfants dans les chaînes d'approvisionnement des soumissions et des contrats, à partir des déclarations des fournisseurs et de données publiques (ILAB, OIT). L'absence d'une liste ne prouve pas que le risque est faible.
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

home-supplier_lead = Les déclarations de votre organisation, de la plus récente à la plus ancienne, avec leur risque de travail forcé et de travail des enfants et ce qui l'explique. Une nouvelle déclaration pour la même invitation remplace la précédente; les deux restent au dossier.
home-title = Invitations à soumissionner et déclarations
home-lead = Les soumissions reçues pour chaque invitation et toutes les déclarations au dossier, avec leur risque de travail forcé et de travail des enfants.
home-solicitations = Invitations à soumissionner
home-solicitation_number = Numéro de l'invitation
home-bids = Soumissions
home-last_received = Dernière déclaration reçue
home-no_solicitations = Aucune invitation n'a encore reçu de soumission.
home-declarations = Déclarations
home-no_declarations = Aucune déclaration n'a encore été soumise.

## solicitation

solicitation-title = Invitation { $number }
solicitation-lead = La soumission en vigueur de chaque fournisseur, côte à côte. Chaque note s'explique sur la page de la soumission.

## compare

compare-sites = Lieux déclarés
compare-deepest_tier = Niveau le plus profond déclaré
compare-disclosure_gap = Lacune de divulgation
compare-missing_place_of_work = Lieu de travail manquant
compare-findings = Constats liés au code de conduite
compare-why_forced = Pourquoi : travail forcé
compare-why_child = Pourquoi : travail des enfants
compare-title = Comparaison côte à côte
compare-measure = Mesure
compare-caption = Soumissions de { $number } : une colonne par soumission. Niveau et note sur 100 dans chaque case.
compare-export_csv = Télécharger en CSV
compare-export_xlsx = Télécharger en Excel (XLSX)

## list

list-history = Historique
list-history_lead = Toutes les déclarations de ce fournisseur, de la plus récente à la plus ancienne; une déclaration remplacée reste au dossier.
list-supplier = Fournisseur
list-solicitation = Invitation
list-date = Date de la déclaration
list-sites = Lieux
list-findings = Constats
list-superseded = remplacée

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
decl-title = Déclaration de { $supplier }
decl-overall = Risque global
decl-model_version = Modèle de risque { $version }
decl-findings = Constats
decl-no_findings = Aucun constat.
decl-categories = Risque par catégorie de biens
decl-category = Catégorie de biens
decl-chain = Chaîne d'approvisionnement par niveau
decl-attestations = Attestations relatives aux droits de la personne et du travail
decl-due_diligence = Diligence raisonnable
decl-superseded = Une déclaration plus récente remplace celle-ci :
decl-received = Reçue le { $when } sous le nom { $file }
decl-report_link = Télécharger le rapport (HTML)

## chain

chain-tier = Niveau { $n }
chain-no_tier = Lieux qui n'atteignent aucun lieu de niveau 1 (cycle d'approvisionnement)

## site

site-site = Lieu
site-role = Rôle
site-goods = Biens
site-place = Lieu de travail
site-supplies_to = Fournit à
site-unclassified = Biens non classés

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
finding-code = Code
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
upload-file_hint = Jusqu'à { $mib } Mio.
upload-submit = Soumettre
upload-rejected = Le fichier { $file } a été refusé
upload-nothing_stored = Rien n'a été enregistré. Corrigez ces problèmes et soumettez de nouveau le fichier.
upload-warnings = Avertissements (le fichier a été accepté)
upload-warnings_refused = Autres remarques sur ce fichier (à vérifier avant de le soumettre de nouveau)

## issue

issue-location = Cellule
issue-field = Champ
issue-message = Problème

## login

login-title = Connexion
login-lead = Connectez-vous avec l'adresse courriel et le mot de passe de votre compte Chaînon. Les fournisseurs voient et soumettent les déclarations de leur propre organisation; les agents et les vérificateurs voient toutes les soumissions.
login-email = Adresse courriel
login-password = Mot de passe
login-submit = Se connecter
login-failed = L'adresse courriel ou le mot de passe est erroné.
login-throttled = Trop de tentatives. Attendez une minute, puis réessayez.
login-expired = Le formulaire a expiré. Veuillez vous reconnecter.
login-signed_out = Vous êtes déconnecté.
login-no_account = Pas encore de compte? Votre autorité contractante crée les comptes des fournisseurs.

## error

error-title = Un problème est survenu
error-forbidden = Accès refusé
error-forbidden_message = Votre rôle ne permet pas d'accéder à cette page. Rien n'a été modifié.
error-csrf = Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page et réessayez; rien n'a été modifié.
error-back_home = Retour à la page d'accueil
error-not_found = Page introuvable
error-not_found_message = Il n'y a rien à cette adresse.
error-internal = Une erreur interne s'est produite. Elle a été consignée; veuillez réessayer plus tard.
error-bad_request = La requête n'a pas pu être comprise.

## graph

graph-title = Graphe d'approvisionnement
graph-nav = Graphe d'approvisionnement
graph-lead = Toutes les déclarations en vigueur dans un seul graphe : un même lieu déclaré par plusieurs fournisseurs est un seul nœud, et le risque remonte des matières premières jusqu'aux fournisseurs à travers toutes leurs déclarations. Les notes sont avant la diligence raisonnable des fournisseurs.
graph-facilities = Lieux
graph-links = Liens
graph-declarations = Déclarations
graph-export_graphml = Exporter le graphe (GraphML)
graph-export_dot = Exporter le graphe (DOT)
graph-matches_link = Correspondances possibles à trancher ({ $count })
graph-search_title = Trouver un lieu
graph-search_label = Nom, adresse, ville ou identifiant OS
graph-search_button = Rechercher
graph-results_caption = Lieux trouvés
graph-no_results = Aucun lieu ne correspond à ces mots.
graph-shared_title = Lieux partagés
graph-shared_lead = Lieux que plusieurs fournisseurs déclarent : une allégation à leur sujet touche toutes les soumissions qu'ils alimentent.
graph-shared_caption = Lieux déclarés par au moins deux fournisseurs, les plus partagés d'abord
graph-none = Aucun.
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
graph-kind = Risque
graph-own = Points propres
graph-input = Intrant non déclaré ou local
graph-carried_from = Fournisseur le plus risqué
graph-carried = Transmis
graph-score = Note
graph-exposure_title = Où ce lieu apparaît
graph-exposure_lead = Chaque déclaration dont la chaîne le contient : déclaré par ce fournisseur lui-même, ou en amont de l'un de ses lieux par des liens que d'autres fournisseurs ont déclarés, avec le chemin jusqu'au niveau 1 de ce fournisseur.
graph-exposure_caption = Déclarations et soumissions que ce lieu atteint
graph-solicitation = Demande de soumissions
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
graph-matches_lead = Paires de lieux qui pourraient n'en faire qu'un : même ville et même adresse sous d'autres noms, ou même nom à une autre adresse. Votre décision est enregistrée et ne sera plus demandée.
graph-match_caption = Les deux lieux
graph-reason_same_address = Même adresse et même ville, noms différents.
graph-reason_same_name = Même nom et même ville, adresses différentes.
graph-decide_same = Même lieu : fusionner
graph-decide_different = Lieux différents
graph-no_proposals = Aucune correspondance possible à trancher.

## picture

picture-title = Image de la chaîne
picture-lead = Les niveaux de gauche à droite : les matières premières d'abord, les lieux qui expédient au fournisseur en dernier. Chaque lieu a la couleur de sa bande la plus élevée; pointez un lieu ou atteignez-le avec la touche Tab pour lire ses notes et ses raisons.
picture-table_link = Les mêmes lieux en tableaux, avec chaque facteur
picture-legend = Bandes
picture-tier = Niveau
picture-no_tier = Sans niveau (boucle)

## dashboard

dashboard-percent =  %
dashboard-nav = Portefeuille
dashboard-title = Tableau de bord des risques du portefeuille
dashboard-lead = Là où les dépenses de l'État rencontrent le risque de travail forcé et de travail des enfants : la valeur des biens des déclarations au dossier, par catégorie de biens et pays de production, pondérée par le risque des lieux qui les fabriquent.
dashboard-year_label = Déclarations
dashboard-current = Déclarations en vigueur
dashboard-measure_label = Colorer les cellules selon
dashboard-measure_forced = Travail forcé
dashboard-measure_child = Travail des enfants
dashboard-show = Afficher
dashboard-scope_current = Chiffres des déclarations en vigueur (une déclaration remplacée ne compte plus).
dashboard-scope_year = Chiffres de l'exercice { $year } (avril à mars) : la dernière déclaration de chaque fournisseur par appel d'offres, datée de cet exercice.
dashboard-spend = Dépenses déclarées
dashboard-high_share = Dépenses à risque élevé ou critique
dashboard-declarations = Déclarations comptées
dashboard-heat_title = Risque pondéré par les dépenses, par catégorie de biens et pays
dashboard-heat_lead = Une ligne par catégorie de biens, une colonne par pays de production, des dépenses les plus élevées aux plus faibles. Chaque cellule donne le score pondéré par les dépenses, les dépenses qu'elle couvre et l'autre type de risque.
dashboard-heat_caption = Cellules colorées selon : { $measure } (niveau et score sur 100) ; dépenses en dollars canadiens ; { $other } en dessous.
dashboard-no_spend = Aucune dépense
dashboard-empty = Aucune déclaration avec des biens valorisés dans cette sélection.
dashboard-trend_title = Évolution par exercice
dashboard-trend_lead = Les scores pondérés par les dépenses des déclarations de chaque exercice, du plus ancien au plus récent. Choisir un exercice pour voir sa carte de chaleur.
dashboard-trend_caption = Score sur 100 pondéré par les dépenses, par exercice :
dashboard-method = Méthode : la valeur de chaque ligne de biens est répartie entre les lieux déclarés la produire (ou les lieux de niveau 1 de sa catégorie) et porte le score de chaque lieu, qui comprend le risque de ses propres fournisseurs. Une cellule est la moyenne de ses parts pondérée par les dépenses. L'absence d'une liste ne prouve pas un faible risque.
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
dashboard-all = Tout
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
contracts-case_title_missing = Un dossier doit avoir un titre; rien n'a été enregistré.

## form

form-refused = Le formulaire n'a pas été enregistré; rien n'a été conservé. Corriger ce qui suit et l'envoyer de nouveau :

## case

case-title = Dossier no { $id } : { $title }
case-case = Dossier
case-opened = Ouvert par { $who } le { $when }.
case-opened_on = Ouvert le
case-status = État
case-open = Ouvert
case-decided = Décision rendue
case-overdue = Réponse en retard
case-recorded = Consigné par { $who }, { $when }
case-sites = Lieux de la chaîne d'approvisionnement visés
case-met = Rempli :
case-dossier_html = Télécharger le dossier (HTML)
case-dossier_pdf = Télécharger le dossier (PDF)
case-contract = Contrat
case-checklist_title = Liste de vérification avant résiliation
case-grounds_met = Tous les motifs et toutes les étapes d'une résiliation sont au dossier.
case-grounds_missing = Des motifs ou des étapes manquent encore pour qu'une résiliation soit défendable :
case-record_title = Historique du dossier
case-empty = Rien n'a encore été consigné.
case-respond_title = Répondre à un avis
case-respond_lead = Votre réponse est ajoutée à l'historique du dossier avec sa date de réception; elle ne peut plus être modifiée ensuite.
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
case-milestones_hint = Une ligne par jalon : l'échéance (AAAA-MM-JJ), une espace, puis ce qui doit être fait.
case-record_plan = Consigner le plan
case-add_decision = Décision
case-outcome = Issue
case-decided_on = Décidé le
case-rationale = Motifs
case-isp_referral = Renvoi au titre de la Politique d'inadmissibilité et de suspension
case-record_decision = Consigner la décision
case-none = Aucun
case-notice_heading = Avis no { $id } : { $subject }
case-response_heading = Réponse à l'avis no { $id }
case-plan_heading = Plan de mesures correctives
case-done_on = réalisé le { $date }
case-decision_heading = Décision : { $outcome }
case-received_on = Reçue le

## dossier

dossier-chain_of = Chaîne déclarée par la déclaration no { $id } du { $date }, avec ses scores
dossier-tier = Niveau
dossier-site = Lieu
dossier-country = Pays
dossier-no_sites = Aucun lieu n'a été déclaré.
dossier-title = Dossier de conformité no { $id }
dossier-kind = Dossier de conformité
dossier-generated = Produit le { $when } par { $who }. Dates au format AAAA-MM-JJ; heures en UTC.
dossier-contract = Contrat et instruments en vigueur
dossier-declarations = Déclarations du fournisseur et leurs scores à chaque date
dossier-declarations_lead = Chaque déclaration envoyée par le fournisseur, y compris celles qui ont été remplacées, avec chaque évaluation qui en a été faite : le score à chaque date et le modèle qui l'a donné.
dossier-declaration = Déclaration
dossier-received = Reçue
dossier-assessed = Évaluée
dossier-model = modèle { $version }
dossier-no_declarations = Le fournisseur n'a aucune déclaration au dossier.
dossier-chain = La chaîne d'approvisionnement aujourd'hui (déclaration en vigueur la plus récente)
dossier-audit = Piste d'audit du dossier
dossier-audit_lead = L'empreinte de chaque entrée la lie à la précédente dans le journal en ajout seul du service; `chainon audit verify` vérifie toute la chaîne.
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
s211-lead = Les chiffres du rapport annuel prévu par la Loi sur la lutte contre le travail forcé et le travail des enfants dans les chaînes d'approvisionnement (S-211), pour un exercice d'avril à mars, tirés des contrats, déclarations, évaluations et dossiers au dossier.
s211-year_label = Exercice
s211-figures_caption = Contrats, déclarations et dossiers de l'exercice
s211-measure = Mesure
s211-value = Nombre
s211-contracts_in_force = Contrats en vigueur pendant l'exercice
s211-contracts_with = …comportant : { $instrument }
s211-declarations_received = Déclarations reçues
s211-site_disclosures_received = Lieux de production déclarés
s211-cases_opened = Dossiers ouverts
s211-cases_remediated = Dossiers conclus par des mesures correctives
s211-cases_terminated = Dossiers conclus par une résiliation
s211-isp_referrals = Renvois au titre de la Politique d'inadmissibilité et de suspension
s211-assessments_title = Évaluations de l'exercice par catégorie de biens et niveau
s211-band = Niveau
s211-no_assessments = Aucune déclaration n'a été évaluée pendant cet exercice.
s211-method = Une déclaration compte dans l'exercice où elle a été reçue, avec sa dernière évaluation; un contrat compte s'il était en vigueur pendant une partie de l'exercice; un dossier compte comme ouvert dans l'exercice de son ouverture, et comme conclu (mesures correctives, résiliation, renvoi) dans l'exercice de sa décision.
