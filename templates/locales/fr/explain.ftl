# Explications des notes (français), écrites à la main en Fluent : chaque code de facteur est un message
# `factor-CODE`, ses paramètres en sont les variables. Les nombres arrivent comme nombres et s'écrivent selon les
# règles CLDR de fr-CA. Les noms des données (biens, niveaux, régions) arrivent déjà en français
# (risk_models/names_fr.csv). Mêmes identifiants et variables que ../en/explain.ftl (un test le vérifie).

kind-forced_labour = le travail forcé
kind-child_labour = le travail des enfants

factor-listed_good = Le bien « { $good } » ({ $country }) figure sur la liste de l'ILAB pour { $kind }
factor-derived_good = Le bien « { $good } » ({ $country }) figure sur la liste de l'ILAB pour { $kind } : il est fabriqué avec l'intrant « { $input } » ({ $input_country })
factor-forced_prevalence = Travail forcé dans la région { $region } : { $prevalence } pour 1 000 personnes (estimation régionale de l'OIT)
factor-world_prevalence = { $because ->
    [not_assessed] { $country } : pays non évalué par l'ILAB; la prévalence mondiale du travail forcé s'applique ({ $prevalence } pour 1 000 personnes)
    [no_region] { $country } : l'ILAB ne donne pas de région dotée d'une estimation de l'OIT; la prévalence mondiale du travail forcé s'applique ({ $prevalence } pour 1 000 personnes)
   *[no_estimate] Aucune estimation de l'OIT du travail forcé pour la région { $region } : la prévalence mondiale s'applique, { $prevalence } pour 1 000 personnes
}
factor-child_context = { $has ->
    [both] { $country } : « { $level } » dans l'élimination des pires formes de travail des enfants; { $share } des enfants de 5 à 14 ans travaillent
    [level] { $country } : « { $level } » dans l'élimination des pires formes de travail des enfants
   *[share] { $country } : { $share } des enfants de 5 à 14 ans travaillent
}
factor-unassessed_level = { $has_level ->
    [yes] { $country } : le niveau « { $level } » de l'ILAB n'a pas de points dans le modèle; ceux d'un pays que l'ILAB n'a pas évalué s'appliquent
   *[no] { $country } : pays non évalué par l'ILAB (aucune conclusion sur les pires formes de travail des enfants); les points d'un pays que l'ILAB n'a pas évalué s'appliquent
}
factor-regional_estimate = { $in_ilab ->
    [yes] { $country } : l'ILAB ne donne pas la part des enfants qui travaillent
   *[no] { $country } : pays hors des conclusions de l'ILAB par pays
}; l'estimation OIT–UNICEF { $world ->
    [yes] mondiale
   *[no] pour la région { $region }
} s'applique ({ $share } des enfants de 5 à 17 ans astreints au travail)
factor-country_index = { $country } : { $value } { $measure }
factor-listed_entity = { $entity } figure sur la liste « { $list } » : ses biens sont présumés produits par le travail forcé
factor-screening_hit = Confirmé sur la { $list } : { $entry }{ $detail } — risque de travail forcé critique
factor-region = { $label }
factor-upstream = Risque transmis par le lieu fournisseur { $site_name } ({ $site }) (× { $decay } par niveau)
factor-local_input = { $declared ->
    [yes] L'intrant déclaré
   *[no] L'intrant type
} « { $good } » figure sur la liste de l'ILAB pour { $kind } ({ $country }, pays du lieu), et aucun fournisseur n'en est déclaré
factor-undisclosed_input = { $declared ->
    [yes] L'intrant déclaré
   *[no] L'intrant type
} « { $good } » figure sur la liste de l'ILAB pour { $kind } ({ $listings ->
    [one] { $listings } inscription
   *[other] { $listings } inscriptions
} : { $countries }) et son origine n'est pas déclarée : inconnu ne veut pas dire faible
factor-mitigation = La diligence raisonnable réduit le risque résiduel de { $share } ({ $practices }){ $floored ->
    [yes] ; maintenu à moyen : un bien inscrit pour travail forcé n'est jamais atténué en deçà
   *[no] {""}
}
factor-cap = Les notes plafonnent à 100
factor-highest_site = Lieu le plus exposé : { $site_name } ({ $site }, niveau { $tier }, { $country })
factor-no_tier = —

practice-policy = politique écrite sur le travail forcé et le travail des enfants
practice-supplier_code = code de conduite des fournisseurs
practice-risk_assessment = évaluation des risques au cours des 12 derniers mois
practice-social_audit = audits sociaux par un tiers
practice-grievance_mechanism = mécanisme de plainte
practice-remediation = processus de réparation
practice-traceability_tiers = chaîne cartographiée jusqu'à sa profondeur déclarée
practice-training = formation du personnel
practice-s211_report = rapport en vertu de la loi S-211
practice-site_audit = lieu audité depuis moins de 24 mois

source-line = ligne { $line }
