# Dossiers de conformité : les raisons pour lesquelles un instrument est en vigueur, les lignes de la liste de
# vérification préalable à la résiliation, et les refus d'un événement à consigner (`cases`), dits à la périphérie.

instrument-why-code_of_conduct = Attribué le { $awarded } ; le Code révisé s'applique aux contrats à partir du { $from }.
instrument-why-clauses = Attribué le { $awarded } ; les clauses figurent dans les contrats à partir du { $from }.
instrument-why-apparel = Vêtements : exigée par l'initiative d'approvisionnement éthique en vêtements.
instrument-why-ppe = EPI attribué le { $awarded } ; dans les nouveaux contrats d'EPI à partir du { $from }.
instrument-why-not_required = Non exigée pour la catégorie de biens « { $category } ».
instrument-why-overridden = Corrigé : { $reason } (calculé : { $computed })

checklist-clause = Le contrat comporte une clause permettant la résiliation pour travail forcé ou traite.
checklist-no_clause = Aucun instrument en vigueur pour ce contrat ne permet la résiliation pour travail forcé : le contrat est antérieur au Code et aux clauses de 2021 (consigner une correction si elles y ont été ajoutées).
checklist-trigger = Un déclencheur existe : classement de l'ASFC sous 9897.00.00, fausse attestation ou information crédible montrant des indicateurs de l'OIT.
checklist-no_trigger = Manque : un déclencheur — classement de l'ASFC sous 9897.00.00, fausse attestation, ou information de crédibilité moyenne ou élevée montrant au moins un indicateur de l'OIT.
checklist-clause_child_labour = Le contrat comporte un instrument sur les droits de la personne et du travail qui vise le travail des enfants (le Code de conduite de 2021 ou l'attestation d'approvisionnement éthique).
checklist-no_clause_child_labour = Aucun instrument en vigueur pour ce contrat ne vise le travail des enfants : ni le Code de conduite de 2021 ni l'attestation d'approvisionnement éthique ne s'appliquent (consigner une correction si l'un y a été ajouté).
checklist-trigger_child_labour = Un déclencheur existe pour le travail des enfants : classement de l'ASFC sous 9897.00.00 (depuis le 1er janvier 2024), fausse attestation ou information crédible montrant des indicateurs du travail des enfants (OIT C138/C182).
checklist-no_trigger_child_labour = Manque : un déclencheur pour le travail des enfants — classement de l'ASFC sous 9897.00.00 daté du 1er janvier 2024 ou après, fausse attestation, ou information de crédibilité moyenne ou élevée montrant au moins un indicateur du travail des enfants (sous l'âge minimum d'admission à l'emploi, travail dangereux, pires formes, fréquentation scolaire).{ $early_tariff ->
    [yes] {" "}Un classement de l'ASFC daté d'avant le 1er janvier 2024 ne compte pas : le numéro tarifaire 9897.00.00 ne visait que le travail forcé jusque-là.
   *[no] {""}
}
checklist-linked = La preuve est liée à des lieux de la chaîne du fournisseur.
checklist-not_linked = Manque : une preuve liée à un lieu de la chaîne déclarée du fournisseur.
checklist-notice = Le fournisseur a été avisé.
checklist-no_notice = Manque : un avis au fournisseur avec un délai de réponse.
checklist-heard = Le fournisseur a répondu à chaque avis, ou son délai de réponse est échu.
checklist-not_heard = Manque : la réponse du fournisseur, ou la fin de son délai de réponse.
checklist-not_heard_waiting = Manque : la réponse du fournisseur, ou la fin de son délai de réponse ({ $waiting }).
checklist-waiting_notice = avis { $number } : jusqu'au { $until }
checklist-remediation = La correction a été envisagée (plan de mesures correctives ou exposé des raisons pour lesquelles elle est impossible).
checklist-no_remediation = Manque : un plan de mesures correctives, ou une décision exposant pourquoi la correction est impossible.

case-refused-delivery_later = { $field } { $given } : une remise se consigne une fois faite (nous sommes le { $today }).
case-refused-delivery_incomplete = { notice-delivery } : une remise antérieure se consigne avec son mode et sa preuve ({ notice-delivery_means }, { notice-delivery_evidence }).
case-refused-sent_on = { $field } { $given } : un avis est envoyé quand le fournisseur peut le voir — à son enregistrement ({ $today }), ou à une remise antérieure consignée avec sa preuve ({ notice-delivery }).
case-refused-respond_by_short = { $field } { $given } : la { $policy } accorde au fournisseur au moins { $days } jours à partir du jour où il a pu voir l'avis ({ $sent }) : le { $minimum } au plus tôt.
case-refused-received_on = { $field } { $given } : le service date une réponse du jour où il la reçoit ({ $today }).
case-refused-before_award = { $field } { $given } : antérieur à l'attribution du contrat ({ $awarded }).
case-refused-before_opening = { $field } { $given } : antérieur à l'ouverture du dossier ({ $opened }).
case-refused-in_future = { $field } { $given } : dans l'avenir (nous sommes le { $today }).
case-refused-notice_after_decision = { case-add_notice } : le dossier est tranché ({ $outcome }, { $decided }, entrée { $entry }) ; un avis ne peut plus y recevoir de réponse.
case-refused-evidence_later = { $field } { $given } : une preuve se consigne une fois qu'elle existe (nous sommes le { $today }).
case-refused-sites = { $field } : « { $given } » n'est pas un lieu d'une déclaration du fournisseur du contrat (écrire le numéro de la déclaration, une barre oblique et la référence du lieu, p. ex. 12/CN-YARN).
case-refused-child_with_forced_indicators = { case-indicators } : une allégation de travail des enfants s'appuie sur des indicateurs du travail des enfants ({ allegation-child_indicators }), pas du travail forcé.
case-refused-forced_with_child_indicators = { allegation-child_indicators } : une allégation de travail forcé s'appuie sur les indicateurs du travail forcé de l'OIT ({ case-indicators }), pas du travail des enfants ; consigner une allégation de travail des enfants pour ceux-ci.
case-refused-second_decision = { case-add_decision } : le dossier a déjà sa décision (entrée { $entry } : { $outcome }, { $decided }) ; une décision clôt le dossier — ouvrir un nouveau dossier sur des faits nouveaux.
case-refused-termination_unmet = { case-outcome } « { $outcome } » : la liste de vérification préalable à la résiliation a des lignes non remplies — { $lines }
case-refused-termination_remediation = { case-remediation_not_possible_because } : sans plan de mesures correctives au dossier, une résiliation expose pourquoi la correction est impossible, en plus de ses motifs.
case-refused-respond_by_passed = { $field } { $given } : le délai est déjà échu (nous sommes le { $today }) ; le délai de réponse doit être ouvert quand l'avis est consigné.
case-refused-respond_by_far = { $field } { $given } : le délai doit être d'au plus un an après la prise d'effet de l'avis ({ $sent }) : le { $latest } au plus tard.
case-refused-title = { contracts-case_title } : un dossier doit avoir un titre.
case-refused-no_such_notice = { case-notice } { $given } : aucun avis de ce dossier ne porte ce numéro.
case-refused-rationale = { case-rationale } : une décision doit être motivée.
case-refused-source = { case-source } : une preuve doit indiquer sa source.
case-refused-notice_text = { case-subject }, { case-body } : un avis dit ce dont il s'agit.

contract-refused-business_number = { contracts-business_number } « { $given } » : { $why }.
contract-refused-number = { contracts-number } : il faut le numéro du contrat.
contract-refused-number_slash = { contracts-number } « { $given } » : il se termine par une barre oblique, sans rien après elle ; écrire le numéro de commande subséquente ou de modification après la barre (W9999-260001/001), ou retirer la barre.
contract-refused-ends_before_award = { contracts-ends_on } { $ends } : avant le jour où le contrat a été attribué ({ $awarded }).
contract-refused-value_negative = { contracts-value } : la valeur d'un contrat est un nombre de dollars positif ou nul.
contract-refused-value_cents = { contracts-value } { $value } : la valeur d'un contrat est en dollars et en cents, deux décimales au plus.
contract-refused-value_too_large = { contracts-value } : la valeur d'un contrat est au plus de { $max } $ (mille milliards de dollars) ; vérifiez le nombre saisi.
contract-refused-override_reason = { contracts-overridden } : chaque correction doit être motivée.
contract-refused-goods_category = { contracts-goods } « { $given } » : ce n'est pas une catégorie de biens du modèle de risque, dont dépendent les instruments en vigueur ; utiliser l'un de ses codes : { $codes }.
contract-refused-meant = { $why } Vouliez-vous dire « { $meant } » ?
contract-refused-awarded_too_early = { contracts-awarded_on } { $given } : avant le { $earliest }, premier jour du plus ancien exercice sur lequel le service fait rapport ; vérifiez l'année saisie.
contract-refused-awarded_in_future = { contracts-awarded_on } { $given } : après aujourd'hui ({ $today }) ; un contrat est enregistré une fois attribué.
