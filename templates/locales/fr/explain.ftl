# Explications des notes (français), écrites à la main en Fluent : chaque code de facteur est un message
# `factor-CODE`, ses paramètres en sont les variables. Les nombres arrivent comme nombres et s'écrivent selon les
# règles CLDR de fr-CA. Les noms des données (biens, niveaux, régions) arrivent déjà en français
# (risk_models/names_fr.csv). Mêmes identifiants et variables que ../en/explain.ftl (un test le vérifie).

kind-forced_labour = le travail forcé
kind-child_labour = le travail des enfants

factor-listed_good = Le bien « { $good } » { $country_from } figure sur la liste de l'ILAB pour { $kind }
factor-derived_good = Le bien « { $good } » { $country_from } figure sur la liste de l'ILAB pour { $kind } : il est fabriqué avec l'intrant « { $input } » ({ $input_country })
factor-forced_prevalence = Travail forcé dans la région { $region } : { $prevalence } pour 1 000 personnes (estimation régionale de l'OIT){ $has_per ->
    [yes] , { $per } points par personne sur 1 000
   *[no] {""}
}
factor-world_prevalence = { $because ->
    [not_assessed] { $country } : non évalué par l'ILAB ; la prévalence mondiale du travail forcé s'applique ({ $prevalence } pour 1 000 personnes)
    [no_region] { $country } : aucune région de l'OIT ; la prévalence mondiale du travail forcé s'applique ({ $prevalence } pour 1 000 personnes)
   *[no_estimate] Aucune estimation de l'OIT du travail forcé pour la région { $region } : la prévalence mondiale s'applique, { $prevalence } pour 1 000 personnes
}{ $has_per ->
    [yes] , { $per } points par personne sur 1 000
   *[no] {""}
}
factor-child_context = { $has ->
    [both] { $country } : « { $level } » dans l'élimination des pires formes de travail des enfants ; { $share } des enfants de 5 à 14 ans travaillent
    [level] { $country } : « { $level } » dans l'élimination des pires formes de travail des enfants
   *[share] { $country } : { $share } des enfants de 5 à 14 ans travaillent
}
factor-unassessed_level = { $has_level ->
    [yes] { $country } : le niveau « { $level } » de l'ILAB n'a pas de points dans le modèle ; ceux d'un pays que l'ILAB n'a pas évalué s'appliquent
   *[no] { $country } : non évalué par l'ILAB (aucune conclusion sur les pires formes de travail des enfants) ; les points d'un pays que l'ILAB n'a pas évalué s'appliquent
}
factor-regional_estimate = { $in_ilab ->
    [yes] { $country } : l'ILAB ne donne pas la part des enfants qui travaillent
   *[no] { $country } : hors des conclusions de l'ILAB par pays
} ; l'estimation OIT–UNICEF { $world ->
    [yes] mondiale
   *[no] pour la région { $region }
} s'applique ({ $share } des enfants de 5 à 17 ans astreints au travail)
factor-income_estimate = { $country } : { $in_ilab ->
    [yes] non évalué par l'ILAB (aucune conclusion sur les pires formes de travail des enfants)
   *[no] hors des conclusions de l'ILAB par pays
}. Les conclusions de l'ILAB portent sur les pays admissibles aux préférences commerciales des États-Unis, un mandat qui laisse de côté la plupart du groupe « { $group } » de la Banque mondiale ; l'estimation OIT–UNICEF pour ce groupe s'applique { $country_in } ({ $share } des enfants de 5 à 17 ans astreints au travail)
factor-country_index = { $listing ->
    [yes] { $country } : { $value ->
        [one] { $value } bien de la liste de l'ILAB pour le travail forcé produit dans le pays
       *[other] { $value } biens de la liste de l'ILAB pour le travail forcé produits dans le pays
    } { $rule }
   *[no] { $country } : { $value } { $measure }
}
factor-listed_entity = { $entity } figure sur la liste « { $list } » : ses biens sont présumés produits par le travail forcé
factor-screening_hit = Confirmé sur la { $list } : { $entry }{ $detail } — risque de travail forcé critique
factor-region = { $label }{ $has_read ->
    [yes] {" "}(le texte du site « { $text } » { $how ->
        [look_alike] est écrit en lettres d'un autre alphabet dessinées comme des lettres latines, lu « { $read } »
        [initials] est une abréviation écrite avec des points ou des espaces, lue « { $read } »
        [script] est écrit dans une autre écriture, lu « { $read } »
       *[name] est un nom de la table des lieux dans une autre écriture
    } : un nom { DE($place) })
   *[no] {""}
}
factor-region_floor = Les biens produits dans la région sont présumés produits par le travail forcé en vertu de la loi, quels qu'ils soient : la note est d'au moins { $floor }, avant comme après la diligence raisonnable
factor-upstream = Risque transmis par { $supplier }{ $has_listed ->
    [yes] {" "}({ $listed })
   *[no] {""}
}{ $has_region ->
    [yes] {" "}(il porte la présomption légale de travail forcé de { $region })
   *[no] {""}
}{ $has_carried ->
    [yes] {" "}: { $has_points ->
        [yes] sa note avant diligence raisonnable et avant le plafond de 100, { $points }
       *[no] sa note avant diligence raisonnable, { $score }
    }{ $has_context ->
        [yes] , moins le contexte de son propre pays, { $context } (compté une fois, sur sa propre ligne),
       *[no] ,
    } transmet { $carried }{ $capped ->
        [yes] {" "}(plafonné à 100)
       *[no] {""}
    } × { $decay } par niveau (la diligence raisonnable de la déclaration ne compte qu'une fois, ici)
   *[no] { $has_score ->
        [yes] {" "}: sa note avant diligence raisonnable × { $decay } par niveau, { $score }{ $has_context ->
            [yes] {" "}moins le contexte de son propre pays, { $context } (compté une fois, sur sa propre ligne), × { $decay }
           *[no] {" "}× { $decay }
        } (la diligence raisonnable de la déclaration ne compte qu'une fois, ici)
       *[no] {" "}(× { $decay } par niveau)
    }
}
factor-presumption_carried = La présomption légale de travail forcé de { $region } descend la chaîne par { $supplier } : la note est d'au moins { $floor } (le seuil de la région × l'atténuation de chaque niveau), avant comme après la diligence raisonnable
factor-presumed_producer = L'origine de l'intrant « { $good } » n'est pas déclarée : on le présume venu de son producteur le plus à risque, un producteur { $country_in }, où l'ILAB l'inscrit sur sa liste pour { $kind }{ $derived ->
    [yes] {" "}(comme bien fabriqué avec un intrant inscrit)
   *[no] {""}
}, dont la note serait de { $score } sur sa propre ligne (l'inscription, { $listed }, et le contexte de son pays, { $context }) ; déclarer ce producteur mettrait sa note dans la déclaration, et le lieu a donc au moins cette note
carried_region = { $has_region ->
    [yes] la région { $region } ({ $country })
   *[no] { $country }
}
factor-local_input = { $declared ->
    [yes] L'intrant déclaré
   *[no] L'intrant type
} « { $good } » figure sur la liste de l'ILAB pour { $kind } { $country_in }, où se trouve le lieu, { $supplied ->
    [yes] et ses fournisseurs déclarés transmettent moins : le lieu est là où le bien est inscrit, et un niveau déclaré ne montre pas que tout l'intrant vient d'ailleurs
   *[no] et aucun fournisseur n'en est déclaré
}
factor-undisclosed_input = { $declared ->
    [yes] L'intrant déclaré
   *[no] L'intrant type
} « { $good } » figure sur la liste de l'ILAB pour { $kind } ({ $listings ->
    [one] { $listings } inscription
   *[other] { $listings } inscriptions
} : { $countries }{ $others ->
    [0] {""}
    [one] {" "}et { $others } autre
   *[other] {" "}et { $others } autres
}) { $supplied ->
    [yes] et { $open ->
        [0] ses fournisseurs déclarés n'en établissent pas la provenance
        [one] son fournisseur déclaré n'en établit pas la provenance : { $suppliers }
       *[other] ses fournisseurs déclarés n'en établissent pas la provenance : { $suppliers }
    } ; son origine compte comme inconnue, et inconnu ne veut pas dire faible
   *[no] et son origine n'est pas déclarée : inconnu ne veut pas dire faible
}{ $presumed ->
    [yes] {" ; "}on le présume venu du pays le plus à risque où l'ILAB l'inscrit, porté comme un producteur de ce pays le porterait, de sorte que taire une source ne compte jamais moins que la déclarer
   *[no] {""}
}
# Le fournisseur qu'un facteur nomme : par son nom et sa référence, ou — dans le JSON de `chainon assess`, où une entrée
# des facteurs vaut pour tous ceux qui ne diffèrent que par leurs lieux fournisseurs — comme le lieu indiqué avec le facteur.
supplier-upstream = le lieu fournisseur { $site_name } ({ $site })
supplier-listed-upstream = le lieu fournisseur indiqué avec ce facteur
supplier-presumption_carried = le lieu fournisseur { $site_name } ({ $site })
supplier-listed-presumption_carried = le lieu fournisseur indiqué avec ce facteur
supplier-open = { $site_name } ({ $site })
supplier-listed-open = le fournisseur indiqué en position { $position } avec ce facteur
open_supplier = { $supplier } { $because ->
    [passes_on_unknown] reçoit cet intrant, et ses propres fournisseurs n'en établissent pas la provenance
    [makes_nothing] est un entrepôt ou un négociant : il ne fabrique rien, et n'est donc pas une origine
    [not_assessed] se trouve { $country_in }, pays sur lequel l'ILAB ne publie pas de conclusions
    [no_declared_input] le fabrique sans déclarer aucun intrant
    [not_grown_there] se trouve { $country_in }, où l'ILAB ne répertorie ni ce bien ni un bien de son espèce : un pays qui ne le cultive, ne l'extrait ni ne le pêche n'en est pas une origine
   *[open_inputs] a lui-même des intrants d'origine inconnue
}{ $has_region ->
    [yes] {" "}— il se trouve dans { $region }, dont les biens sont présumés produits par le travail forcé
   *[no] {""}
}
factor-unread_goods = Les biens « { $goods } »{ $material ->
    [yes] , en « { $made_of } », ne désignent aucune catégorie ni aucun bien de l'ILAB que le modèle connaît : leur matière est lue comme un intrant à part entière, et ce qu'ils sont est inconnu
   *[no] {" "}ne désignent aucune catégorie, aucun bien de l'ILAB ni aucune matière que le modèle connaît{ $evidence ->
        [yes] {""}
       *[no] , et aucun intrant n'est déclaré
    } : leur composition est inconnue
}, et inconnu ne veut pas dire faible (valeur de repli du modèle pour les biens qu'il ne sait pas lire){ $evidence ->
    [yes] {" ; "}la liste de l'ILAB { $listings ->
        [0] ne compte aucune inscription pour { $kind } { $country_in }, et la valeur de repli reste à sa base
        [one] compte une inscription pour { $kind } { $country_in }, et la valeur de repli suit cette preuve
       *[other] compte { $listings } inscriptions pour { $kind } { $country_in }, et la valeur de repli suit cette preuve
    }
   *[no] {""}
}
factor-unread_as_listed = Non lus : pesés comme les biens les plus à risque que l'ILAB inscrit sur sa liste pour { $kind } { $country_in }, « { $good } »{ $derived ->
    [yes] {" "}(inscrit en raison d'un intrant produit ailleurs)
   *[no] {""}
} ({ $listings ->
    [one] la seule inscription de ce pays
   *[other] une des { $listings } inscriptions de ce pays
}), pour que des biens écrits en des mots que le modèle ne lit pas ne soient jamais notés sous les biens qu'il lit produits dans le même pays
factor-mitigation = { $withheld ->
    [refused] La diligence raisonnable ({ $practices }) n'est pas prise en compte : le fournisseur refuse d'attester qu'aucun travail de ce genre n'est utilisé, et une pratique ne prouve rien quand le résultat n'est pas attesté (elle aurait réduit le risque de { $share })
    [missing] La diligence raisonnable ({ $practices }) n'est pas prise en compte : le fournisseur ne donne aucune attestation qu'aucun travail de ce genre n'est utilisé, et une pratique ne prouve rien quand le résultat n'est pas attesté (elle aurait réduit le risque de { $share })
   *[no] La diligence raisonnable réduit le risque résiduel de { $share } ({ $practices })
}{ $floored ->
    [yes] {" ; "}maintenu à moyen : un bien inscrit pour travail forcé n'est jamais atténué en deçà
    [presumption] {" ; "}maintenu au seuil de présomption de la région : la diligence raisonnable ne renverse pas la présomption de travail forcé
   *[no] {""}
}{ $kept ->
    [yes] {" ; "}la présomption de la région ({ $kept_points } points) reste entière : la diligence raisonnable ne la renverse pas
   *[no] {""}
}
factor-cap = Les notes plafonnent à 100
factor-highest_site = Lieu le plus exposé : { $site_name } ({ $has_site ->
    [yes] { $site },{" "}
   *[no] {""}
}niveau { $tier }, { $country }){ $has_listed ->
    [yes] {" "}— { $listed }
   *[no] {""}
}
factor-highest_site_listed = confirmé sur la { $list } : { $entry }
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

# Un facteur qu'aucun jeu de données ne donne : la règle du modèle dont il vient, nommée dans la cellule Source.
source-rule-highest_site = règle du modèle : la note d'une catégorie de biens, et la note globale, sont celles de son lieu le plus exposé
source-rule-upstream = règle du modèle : un lieu porte la note de son lieu fournisseur le plus à risque, atténuée à chaque niveau
source-rule-cap = règle du modèle : les notes plafonnent à 100
source-rule-presumption_carried = règle du modèle : la présomption légale de travail forcé d'une région descend la chaîne, son seuil atténué à chaque niveau
source-line = ligne { $line }
source-model_edition = modèle Chaînon { $version }
# Le titre d'une source selon son jeu de données, pour le texte français des modèles sans titre français
# (`edition_fr`, à partir de 2022.4) : le titre anglais d'une source n'est jamais du texte français. `$year` : la
# dernière année du titre anglais.
source-title_fr = { $dataset ->
    [ilab_goods] Liste des biens produits par le travail des enfants ou le travail forcé de l'ILAB{ $has_year ->
        [yes] , { $year }
       *[no] {""}
    }
    [ilab_countries] Conclusions de l'ILAB sur les pires formes de travail des enfants{ $has_year ->
        [yes] , { $year }
       *[no] {""}
    }
    [ilo_regional_estimates] Estimations mondiales de l'esclavage moderne de l'OIT, de Walk Free et de l'OIM ; estimations mondiales du travail des enfants de l'OIT et de l'UNICEF
    [income_groups] Classification des pays par niveau de revenu de la Banque mondiale
    [entity_list] liste d'entités du modèle
    [country_index] indice par pays du modèle
    [model] sources de la région inscrites au modèle
   *[other] source du modèle { $file }
}
# L'entrée d'une table à clés derrière un nombre : l'indicateur ou la clé, puis la région ou le niveau.
source-entry = { $key ->
    [forced_labour_prevalence] prévalence du travail forcé
    [child_labour_share_5_17] part des enfants de 5 à 17 ans astreints au travail
    [child_context_advancement] points du niveau de progrès
    [child_labour_share_5_17_income] part des enfants de 5 à 17 ans astreints au travail, par groupe de revenu national
    [region_floor] seuil de présomption de la région
    [unread_goods] valeur de repli du modèle pour les biens qu'il ne sait pas lire
   *[mitigation] atténuation du modèle
}{ $key ->
    [mitigation] {""}
    [region_floor] {""}
    [unread_goods] {""}
    [child_context_advancement] {" "}« { $value } »
   *[other] , { $world ->
        [yes] monde
       *[no] { $value }
    }
}

# Constats : chaque code de constat est un message `finding-CODE`, ses paramètres en sont les variables.
finding-attestation_no = { $missing ->
    [yes] Le droit « { $right } » n'est pas attesté : il manque à la déclaration
   *[no] Le fournisseur n'atteste pas le droit « { $right } »
}
finding-region_missing = Le lieu { $site_name } ({ $country }) n'indique aucune région, et sa ville n'est pas l'une de celles que le modèle situe dans la région { $regions } : impossible de vérifier s'il s'y trouve — demandez sa province ou sa région
finding-supply_cycle = Ces lieux s'approvisionnent mutuellement en boucle : { $sites }. Les niveaux au-delà de la boucle sont incertains.
finding-unclassified_goods = { $on_site ->
    [yes] Les biens « { $goods } » du lieu { $site_name } n'entrent dans aucune catégorie du modèle : indiquez un code UNSPSC ou NIBS
   *[no] L'article « { $goods } » n'entre dans aucune catégorie du modèle : indiquez un code UNSPSC ou NIBS
}
finding-region_city_mismatch = Le lieu { $site_name } ({ $site }) est déclaré dans la région « { $declared } » et la ville { DE($city) }, qui se trouve dans la région { $region } ({ $country }) : la région et la ville ne concordent pas. Il est évalué dans la région { $region }, où se trouve sa ville — demandez laquelle est juste
finding-region_presumption = Le lieu { $site_name } est déclaré dans la région { $region } ({ $country }) : les biens qui y sont produits, en tout ou en partie, sont présumés produits par le travail forcé, quels qu'ils soient et quelle que soit la diligence raisonnable du fournisseur — demandez la preuve qui renverse la présomption, ou une autre source
finding-origin_undisclosed = Le lieu { $site_name } { $has ->
    [presumed] est présumé utiliser, comme fabricant de ses biens, { $presumed } ({ $presumed_count ->
        [one] intrant type de ses biens, non déclaré
       *[other] intrants types de ses biens, non déclarés
    })
    [both] utilise { $declared } et est présumé utiliser, comme fabricant de ses biens, { $presumed } ({ $presumed_count ->
        [one] intrant type de ses biens, non déclaré
       *[other] intrants types de ses biens, non déclarés
    })
   *[declared] utilise { $goods }
} — { $count ->
    [one] bien inscrit
   *[other] biens inscrits
} sur la liste de l'ILAB — et aucun fournisseur déclaré n'en établit l'origine : demandez-la
finding-disclosure_gap = Le lieu { $site_name } { $has ->
    [presumed] est présumé utiliser, comme fabricant de ses biens, { $presumed } ({ $presumed_count ->
        [one] intrant type de ses biens, non déclaré
       *[other] intrants types de ses biens, non déclarés
    })
    [both] utilise { $declared } et est présumé utiliser, comme fabricant de ses biens, { $presumed } ({ $presumed_count ->
        [one] intrant type de ses biens, non déclaré
       *[other] intrants types de ses biens, non déclarés
    })
   *[declared] utilise { $goods }
} — { $count ->
    [one] bien inscrit
   *[other] biens inscrits
} sur la liste de l'ILAB — et aucun lieu en amont n'est déclaré
finding-missing_place_of_work = Les biens de la catégorie « { $category } » exigent le lieu de leur fabrication, et aucun lieu qui les fabrique (fabrication, assemblage final ou transformation) n'est déclaré : la soumission est non recevable
finding-listed_entity = Le lieu { $site } ({ $site_name }) correspond à { $entity } sur la liste « { $list } » (ligne { $line }) : confirmez l'identité et traitez ses biens comme produits par le travail forcé
# Un constat dit une fois pour tous les lieux qu'il concerne, dans le JSON de `chainon assess --format json`
# (`for_sites` énumère les lieux) : le constat du même code sans l'identifiant ni le nom du lieu.
finding-sites-region_missing = Chacun des lieux indiqués, { $country_in }, n'indique aucune région, et sa ville n'est pas l'une de celles que le modèle situe dans la région { $regions } : impossible de vérifier s'il s'y trouve — demandez sa province ou sa région
finding-sites-unclassified_goods = Les biens « { $goods } » de chacun des lieux indiqués n'entrent dans aucune catégorie du modèle : indiquez un code UNSPSC ou NIBS
finding-sites-region_city_mismatch = Chacun des lieux indiqués est déclaré dans la région « { $declared } » et la ville { DE($city) }, qui se trouve dans la région { $region } ({ $country }) : la région et la ville ne concordent pas. Il est évalué dans la région { $region }, où se trouve sa ville — demandez laquelle est juste
finding-sites-region_presumption = Chacun des lieux indiqués est déclaré dans la région { $region } ({ $country }) : les biens qui y sont produits, en tout ou en partie, sont présumés produits par le travail forcé, quels qu'ils soient et quelle que soit la diligence raisonnable du fournisseur — demandez la preuve qui renverse la présomption, ou une autre source
finding-sites-origin_undisclosed = Chacun des lieux indiqués { $has ->
    [presumed] est présumé utiliser, comme fabricant de ses biens, { $presumed } ({ $presumed_count ->
        [one] intrant type de ses biens, non déclaré
       *[other] intrants types de ses biens, non déclarés
    })
    [both] utilise { $declared } et est présumé utiliser, comme fabricant de ses biens, { $presumed } ({ $presumed_count ->
        [one] intrant type de ses biens, non déclaré
       *[other] intrants types de ses biens, non déclarés
    })
   *[declared] utilise { $goods }
} — { $count ->
    [one] bien inscrit
   *[other] biens inscrits
} sur la liste de l'ILAB — et aucun fournisseur déclaré n'en établit l'origine : demandez-la
finding-sites-disclosure_gap = Chacun des lieux indiqués { $has ->
    [presumed] est présumé utiliser, comme fabricant de ses biens, { $presumed } ({ $presumed_count ->
        [one] intrant type de ses biens, non déclaré
       *[other] intrants types de ses biens, non déclarés
    })
    [both] utilise { $declared } et est présumé utiliser, comme fabricant de ses biens, { $presumed } ({ $presumed_count ->
        [one] intrant type de ses biens, non déclaré
       *[other] intrants types de ses biens, non déclarés
    })
   *[declared] utilise { $goods }
} — { $count ->
    [one] bien inscrit
   *[other] biens inscrits
} sur la liste de l'ILAB — et aucun lieu en amont n'est déclaré
finding-sites-listed_entity = Chacun des lieux indiqués correspond à { $entity } sur la liste « { $list } » (ligne { $line }) : confirmez l'identité et traitez ses biens comme produits par le travail forcé
finding-ineligible_supplier = { $when ->
    [ended] { $entity } figurait sur la liste des fournisseurs inadmissibles et suspendus de SPAC{ $period ->
        [both] {" "}(du { $from } au { $until })
        [from] {" "}(depuis le { $from })
        [until] {" "}(jusqu'au { $until })
       *[none] {""}
    }, édition { $edition } ; la période a pris fin le { $until } : le fournisseur n'est plus inadmissible, et la soumission est recevable sur ce point
    [future] { $entity } figure sur la liste des fournisseurs inadmissibles et suspendus de SPAC{ $period ->
        [both] {" "}(du { $from } au { $until })
        [from] {" "}(depuis le { $from })
        [until] {" "}(jusqu'au { $until })
       *[none] {""}
    }, édition { $edition } ; la période commence le { $from } : le fournisseur sera inadmissible à compter de ce jour, et ses soumissions sont recevables sur ce point d'ici là
   *[now] { $entity } figure sur la liste des fournisseurs inadmissibles et suspendus de SPAC{ $period ->
        [both] {" "}(du { $from } au { $until })
        [from] {" "}(depuis le { $from })
        [until] {" "}(jusqu'au { $until })
       *[none] {""}
    }, édition { $edition } : selon le Code de conduite pour l'approvisionnement et la Politique d'inadmissibilité et de suspension, le fournisseur ne peut obtenir de contrat, et ses soumissions sont non recevables
}
# The same finding when the listed party is not the bidder but a subcontractor: the operator of a site of the bid
# (or the site itself), matched to the entry. The Ineligibility and Suspension Policy bars a supplier from
# subcontracting with an ineligible or suspended supplier; the bidder is not itself ineligible.
finding-ineligible_subcontractor = { $when ->
    [ended] { $entity }, rapproché du lieu { $site } de cette soumission — un sous-traitant, non le soumissionnaire —, figurait sur la liste des fournisseurs inadmissibles et suspendus de SPAC{ $period ->
        [both] {" "}(du { $from } au { $until })
        [from] {" "}(depuis le { $from })
        [until] {" "}(jusqu'au { $until })
       *[none] {""}
    }, édition { $edition } ; la période a pris fin le { $until } : le sous-traitant n'est plus inadmissible, et la soumission est recevable sur ce point
    [future] { $entity }, rapproché du lieu { $site } de cette soumission — un sous-traitant, non le soumissionnaire —, figure sur la liste des fournisseurs inadmissibles et suspendus de SPAC{ $period ->
        [both] {" "}(du { $from } au { $until })
        [from] {" "}(depuis le { $from })
        [until] {" "}(jusqu'au { $until })
       *[none] {""}
    }, édition { $edition } ; la période commence le { $from } : à compter de ce jour, la soumission ne peut reposer sur ce sous-traitant, et elle est recevable sur ce point d'ici là
   *[now] { $entity }, rapproché du lieu { $site } de cette soumission — un sous-traitant, non le soumissionnaire —, figure sur la liste des fournisseurs inadmissibles et suspendus de SPAC{ $period ->
        [both] {" "}(du { $from } au { $until })
        [from] {" "}(depuis le { $from })
        [until] {" "}(jusqu'au { $until })
       *[none] {""}
    }, édition { $edition } : selon la Politique d'inadmissibilité et de suspension, un fournisseur ne peut conclure de contrat de sous-traitance avec un fournisseur inadmissible ou suspendu ; cette inscription ne rend pas le soumissionnaire lui-même inadmissible, mais la soumission est non recevable tant qu'elle repose sur ce sous-traitant
}
# Deux inadmissibilités confirmées en vigueur pour une même soumission, celle du soumissionnaire d'abord.
ineligibility-also = { $before }. En outre : { $next }

# Les types de mesure d'une inscription à une liste de travail forcé qui sont des mots, non un article de loi (listes de la CBP).
list_section-WRO = ordonnance de retenue des marchandises (WRO)
list_section-Finding = constat de travail forcé de la CBP

# Où se trouve un constat : les noms des feuilles du classeur en français, puis les ID de lieux, l'article, le droit ou la cellule.
place-sheet = { $sheet }
place-sites = { $sheet } : { $sites }
place-goods = { $sheet } : { $item }
place-attestation = { $sheet } : { $right }
place-cell = { $sheet }!{ $cell }

# La liste d'entités du modèle quand le modèle ne lui donne pas d'édition.
factor-model_entity_list = entités du modèle

# Un jour dans une phrase (le premier du mois : 1er); les tableaux et formulaires gardent l'ISO 8601.
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# A moment: its day in words, the time of day as the language writes it, the zone.
date-time = { $date }, { $time } UTC
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# La mesure d'une inscription telle que l'éditeur l'écrit (repliée), en mots : les types d'ordonnance de la CBP, les
# mesures de SPAC selon la Politique d'inadmissibilité et de suspension (écrites en anglais ou en français).
list_measure-wro = ordonnance de retenue des marchandises (WRO)
list_measure-withhold_release_order = ordonnance de retenue des marchandises (WRO)
list_measure-finding = constat de travail forcé de la CBP
list_measure-ineligible = inadmissible
list_measure-ineligibility = inadmissibilité
list_measure-inadmissible = inadmissible
list_measure-inadmissibilite = inadmissibilité
list_measure-suspended = suspendu
list_measure-suspension = suspension
list_measure-suspendu = suspendu
list_measure-suspendue = suspendue
list_measure-administrative_agreement = entente administrative
list_measure-entente_administrative = entente administrative

# Le statut d'une inscription tel que la CBP l'écrit (replié), en mots.
list_status-active = en vigueur
list_status-modified = modifiée
list_status-inactive = inactive
list_status-revoked = révoquée
list_status-partially_active = partiellement en vigueur
list_status-partially_revoked = partiellement révoquée
list_status-lifted = levée
list_status-rescinded = annulée
# A list entry's status said beside its measure in a sentence (a confirmed hit's factor).
list_status_said = statut : { $status }

# Un lieu distingué là où sa référence dans la déclaration ne dit rien au lecteur (écart entre modèles).
site_tag-place = { $country }{ $has_os_id ->
    [yes] , identifiant Open Supply Hub { $os_id }
   *[no] {""}
}
site_tag-os_id = identifiant Open Supply Hub { $os_id }

# Un nom de bien des données dans une phrase, et une colonne d'un fichier de données, entre guillemets.
quoted-good = « { $name } »
quoted-column = « { $name } »

## L'arithmétique d'une note (`domain::ScoreArithmetic`), une phrase par étape (`reports::explain::arithmetic_steps`) :
## les mêmes chiffres sur la page, dans le JSON (`steps_fr`) et dans le rapport texte.
arithmetic-term = { $points }
arithmetic-term_decayed = { $points } ({ $carried } transmis × { $decay } par niveau)
arithmetic-first = { $sign ->
    [minus] −{ $term }
   *[plus] { $term }
}
arithmetic-next = { $sign ->
    [minus] {" "}−{" "}{ $term }
   *[plus] {" "}+{" "}{ $term }
}
arithmetic-sum = Ses facteurs totalisent { $parts } = { $sum }
arithmetic-cap = Plafonnée à 100 : { $sum } − { $over } = { $before }
arithmetic-bounded = Ramenée entre 0 et 100 : { $sum } compte pour { $before }
arithmetic-due_diligence = { $withheld ->
    [refused] La diligence raisonnable ne retire rien : son crédit ({ $share }) est refusé, le fournisseur refusant d'attester ; { $before } demeure
    [missing] La diligence raisonnable ne retire rien : son crédit ({ $share }) est refusé, le fournisseur ne donnant aucune attestation ; { $before } demeure
   *[no] { $kept ->
        [yes] La diligence raisonnable retire { $share } des { $from } autres points de la somme : { $from } × { $factor } = { $product } ; la présomption de la région, { $kept_points } points, demeure entière : { $product } + { $kept_points } = { $reached }
       *[no] La diligence raisonnable retire { $share } : { $from } × { $factor } = { $product }
    }{ $held ->
        [listed_floor] {" ; "}maintenue à { $score } : un bien inscrit pour travail forcé n'est jamais atténué en deçà de moyen
        [presumption_floor] {" ; "}maintenue à { $score } : la diligence raisonnable ne renverse pas la présomption de travail forcé de la région
        [cap] {" ; "}maintenue à { $score } : aucune note ne dépasse 100
        [unchanged] {" ; "}maintenue à { $score } : la diligence raisonnable n'élève jamais une note
       *[no] {""}
    }
}
arithmetic-score = Note : { $score }
