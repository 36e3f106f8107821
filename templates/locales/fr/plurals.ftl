# Messages qui comptent (français), écrits à la main : les règles de pluriel CLDR choisissent la forme (0 et 1 au
# singulier). Mêmes identifiants et variables que ../en/plurals.ftl.

decl-chain_size = { $sites ->
    [0] aucun lieu
    [one] { $sites } lieu
   *[other] { $sites } lieux
}, sur { $depth ->
    [one] { $depth } niveau
   *[other] { $depth } niveaux
}
picture-caption = { $count ->
    [0] Aucun lieu.
    [one] { $count } lieu et ses liens.
   *[other] { $count } lieux et leurs liens.
}
dashboard-unvalued = { $count ->
    [0] Aucune ligne de biens n'est sans valeur.
    [one] { $count } ligne de biens sans valeur est exclue des dépenses.
   *[other] { $count } lignes de biens sans valeur sont exclues des dépenses.
}
case-overdue_count = { $count ->
    [0] aucun avis dont le délai de réponse est passé sans réponse
    [one] { $count } avis dont le délai de réponse est passé sans réponse
   *[other] { $count } avis dont le délai de réponse est passé sans réponse
}
chain-tier_sites = { $count ->
    [0] aucun lieu
    [one] { $count } lieu
   *[other] { $count } lieux
}
chain-tier_high = { $count ->
    [0] aucun à risque élevé
   *[other] { $count } à risque élevé
}
chain-tier_critical = { $count ->
    [0] aucun à risque critique
   *[other] { $count } à risque critique
}
chain-tier_selected = { $count ->
    [0] aucun ne correspond au filtre
    [one] { $count } correspond au filtre
   *[other] { $count } correspondent au filtre
}
chain-tier_elsewhere = Afficher ses lieux (page { $page })
chain-shown = Lieux affichés : { $first }–{ $last } sur { $total }
chain-shown_filtered = Lieux affichés : { $first }–{ $last } sur { $total } correspondant au filtre ({ $all } dans la chaîne)
decl-findings_past_end = { $count ->
    [one] { $count } constat porte sur un lieu de la chaîne : il figure avec la page de ce lieu ({ $pages ->
        [one] page 1
       *[other] pages 1 à { $pages }
    }), non au-delà de la dernière page.
   *[other] { $count } constats portent sur des lieux de la chaîne : chacun figure avec la page de son lieu ({ $pages ->
        [one] page 1
       *[other] pages 1 à { $pages }
    }), non au-delà de la dernière page.
}
decl-findings_on_other_pages = { $count ->
    [one] { $count } autre constat porte sur un lieu d'une autre page de la chaîne : il figure avec cette page.
   *[other] { $count } autres constats portent sur des lieux d'autres pages de la chaîne : chacun figure avec sa page.
}
compare-choose_hint = Jusqu'à { $max } soumissions côte à côte ; sans choix, les { $default } mieux classées.
compare-showing = { $total ->
    [one] { $shown } soumission sur { $total } côte à côte.
   *[other] { $shown } soumissions sur { $total } côte à côte.
}
compare-capped = { $asked } soumissions ont été choisies ; seules { $max } tiennent côte à côte : les { $max } mieux classées d'entre elles sont affichées.
rank-by_disclosure = À égalité avec { $other } pour le travail forcé et celui des enfants ; avant elle pour la divulgation ({ $this ->
    [0] aucune lacune
    [one] { $this } lacune
   *[other] { $this } lacunes
} contre { $that }).
rank-disclosure_gaps = { $gaps ->
    [0] aucune lacune de divulgation
    [one] { $gaps } lacune de divulgation
   *[other] { $gaps } lacunes de divulgation
} ; { $missing ->
    [0] aucun bien sans lieu de production
    [one] { $missing } bien sans lieu de production
   *[other] { $missing } biens sans lieu de production
}
wait-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } secondes
}
wait-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
compare-replaced = La déclaration nº { $asked } a été remplacée par son soumissionnaire : sa déclaration courante, nº { $current }, est affichée à la place.
# `chainon model check`.
model-missing_data = Données manquantes et repli appliqué ({ $count ->
    [0] aucun élément
    [one] { $count } élément
   *[other] { $count } éléments
}) :
model-valid = modèle { $version } : valide
model-problems = modèle { $version } : { $count ->
    [0] aucun problème
    [one] { $count } problème
   *[other] { $count } problèmes
}
model-gap-no_advancement = aucun niveau de progrès → les points d'un pays que l'ILAB n'a pas évalué (« { $no_assessment } », { $points })
model-gap-unweighed_level = le niveau de progrès « { $level } » n'a pas de points dans le modèle → ceux de « { $no_assessment } » ({ $points })
model-gap-no_child_share = aucune part d'enfants qui travaillent → l'estimation OIT–UNICEF { $world ->
    [yes] mondiale
   *[no] pour la région { $region }
} ({ $share } des enfants de 5 à 17 ans)
model-gap-income_estimate = aucun niveau de progrès, et le pays fait partie du groupe « { $group } » de la Banque mondiale, dont le mandat de l'ILAB laisse de côté la plupart des pays → l'estimation OIT–UNICEF pour ce groupe ({ $share } des enfants de 5 à 17 ans), au lieu des points d'un pays que l'ILAB n'a pas évalué et de l'estimation régionale
model-gap-no_region = aucune région → travail forcé : la prévalence mondiale, { $points } points
model-gap-region_without_ilo = la région « { $region } » n'a pas de région de l'OIT → travail forcé : la prévalence mondiale, { $points } points
model-missing-country = { $country } ({ $code }, ligne { $line } de ilab_countries.csv) : { $gaps } ; biens que l'ILAB y inscrit : { $has_goods ->
    [yes] { $goods }
   *[no] aucun
}
model-missing-outside_ilab = { $count ->
    [one] { $count } pays non évalué
   *[other] { $count } pays non évalués
} par l'ILAB (aucune ligne dans ses conclusions par pays) → travail des enfants : les points d'un pays que l'ILAB n'a pas évalué (« { $no_assessment } », { $advancement }) et l'estimation OIT–UNICEF { $world ->
    [yes] mondiale
   *[no] pour la région { $region }
} ({ $share } des enfants de 5 à 17 ans) ; travail forcé : { $forced_world ->
    [yes] la prévalence mondiale
   *[no] l'estimation de l'OIT pour la région { $forced_region }
}, { $prevalence } pour 1 000 personnes, { $points } points : { $codes }
model-missing-outside_ilab_income = { $count ->
    [one] { $count } pays du groupe « { $group } » de la Banque mondiale non évalué
   *[other] { $count } pays du groupe « { $group } » de la Banque mondiale non évalués
} par l'ILAB (aucune ligne dans ses conclusions par pays, dont le mandat laisse de côté la plupart des pays du groupe) → travail des enfants : l'estimation OIT–UNICEF pour le groupe ({ $share } des enfants de 5 à 17 ans), au lieu des points d'un pays que l'ILAB n'a pas évalué et de l'estimation régionale ; travail forcé : { $forced_world ->
    [yes] la prévalence mondiale
   *[no] l'estimation de l'OIT pour la région { $forced_region }
}, { $prevalence } pour 1 000 personnes, { $points } points : { $codes }
model-missing-index_without_figure = indice de pays, ligne { $line } : { $name } n'a pas de valeur → l'indice n'ajoute rien pour ce pays
# `chainon model diff` et `chainon import`.
model-diff_summary = Modèle { $old } → { $new } : { $count ->
    [0] aucune déclaration réévaluée
    [one] { $count } déclaration réévaluée
   *[other] { $count } déclarations réévaluées
}, { $changed ->
    [0] aucune modifiée
    [one] { $changed } modifiée
   *[other] { $changed } modifiées
}
model-diff_declaration = Déclaration nº { $declaration_id } — { $supplier }
model-diff_scope_overall = Ensemble
model-diff_scope_category = Catégorie de biens { $category }
model-diff_scope_site = Lieu { $site }
model-diff_change = { $scope } — { $kind } : { $old } → { $new }
model-diff_side = { $band } { $score }
model-diff_absent = absent de { $version }
model-diff_no_site = aucun lieu dans cette catégorie selon { $version }
model-diff_factor = { $label } ({ $points })
model-diff_finding_gone = Constat disparu : { $finding } ({ $place })
model-diff_finding_new = Nouveau constat : { $finding } ({ $place })
import-summary = { $count ->
    [0] aucune déclaration
    [one] { $count } déclaration
   *[other] { $count } déclarations
} dans { $files ->
    [0] aucun fichier
    [one] { $files } fichier
   *[other] { $files } fichiers
} : { $stored ->
    [0] aucune enregistrée
    [one] { $stored } enregistrée
   *[other] { $stored } enregistrées
}, { $duplicates ->
    [0] aucune déjà enregistrée
    [one] { $duplicates } déjà enregistrée
   *[other] { $duplicates } déjà enregistrées
}, { $refused ->
    [0] aucune refusée
    [one] { $refused } refusée
   *[other] { $refused } refusées
}
import-counts = { $findings ->
    [0] aucun constat
    [one] { $findings } constat
   *[other] { $findings } constats
}, { $warnings ->
    [0] aucun avertissement
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
import-stored = { $file } : enregistrée comme déclaration nº { $id }{ $superseding ->
    [yes] , qui remplace la déclaration nº { $superseded }
   *[no] {""}
} (travail forcé : { $forced_band } { $forced } ; travail des enfants : { $child_band } { $child } ; { $counts })
import-duplicate = { $file } : déjà enregistrée comme déclaration nº { $id }
import-refused = { $file } : refusée, rien n'a été enregistré
import-portfolio_line = { $file }, ligne { $line }
# `chainon model check` et `chainon model derive` : les problèmes du modèle.
model-file = { $file ->
    [ilab_goods] la liste des biens de l'ILAB
    [ilab_countries] les conclusions par pays de l'ILAB
    [ilo_estimates] les estimations régionales de l'OIT
    [country_index] l'indice de pays
   *[entity_list] la liste d'entités
}
model-empty_part = { $why ->
    [empty] il est vide
    [padded] il commence ou finit par une espace
    [double_space] deux espaces de suite
    [empty_quote] des guillemets, des parenthèses ou un élément de liste sans rien dedans
   *[dangling] il commence ou finit par une ponctuation qui annonce une valeur
}
model-problem-row_without_key = { $file }, ligne { $line } : le bien ou le pays est vide ; la ligne est écartée
model-problem-unknown_country = { $file }, ligne { $line } : le pays « { $name } » ne correspond à aucun code ISO 3166 ; il est écarté
model-problem-not_yes_no = la liste des biens de l'ILAB, ligne { $line } : { $good } — { $country } : { $count ->
    [one] la colonne { $columns } doit valoir Yes ou No
   *[other] les colonnes { $columns } doivent valoir Yes ou No
} ; la ligne est écartée
model-problem-derived_without_country = la liste des biens de l'ILAB, ligne { $line } : { $good } — { $country } est une inscription dérivée sans le pays de son intrant ; la ligne est écartée
model-problem-derived_without_input = la liste des biens de l'ILAB, ligne { $line } : le bien dérivé « { $good } » n'a pas d'intrant dans model.toml
model-problem-share_not_fraction = les conclusions par pays de l'ILAB, ligne { $line } : { $country } : la part d'enfants qui travaillent « { $raw } » n'est pas un nombre de 0 à 1
model-problem-estimate_unreadable = les estimations régionales de l'OIT, ligne { $line } : il faut une région et un nombre de 0 ou plus
model-problem-index_not_number = l'indice de pays, ligne { $line } : « { $raw } » n'est pas un nombre de 0 ou plus
model-problem-alias_unknown_good = l'alias « { $alias } » désigne « { $good } », qui n'est pas un bien de l'ILAB de cette édition
model-problem-device_unknown_good = l'appareil « { $good } » (liste des appareils du modèle, model.toml) n'est pas un bien de l'ILAB de cette édition
model-problem-common_word_phrase = { $kind ->
    [keyword] le mot clé « { $phrase } » de la catégorie « { $target } »
   *[alias] l'alias « { $phrase } » de « { $target } »
 } n'est fait que de mots courants de l'anglais ou du français et désignerait du texte ordinaire (« or » est un métal en français, une conjonction en anglais) : il n'est pas utilisé, écrivez une expression qui nomme les biens
model-problem-names_unreadable = risk_models/names_fr.csv ne peut être lu : { $detail }
model-problem-no_french_name = { $kind ->
    [good] le bien de l'ILAB
    [level] le niveau de progrès de l'ILAB
    [ilo_region] la région de l'OIT
    [income_group] le groupe de revenu de la Banque mondiale
   *[sdg_region] la région des ODD
} « { $name } » ({ $file }{ $has_line ->
    [yes] , ligne { $line }
   *[no] {""}
}) n'a pas de nom français dans risk_models/names_fr.csv
model-problem-level_without_points = le niveau de progrès de l'ILAB « { $level } » ({ $country }) n'a pas de points dans le modèle
model-problem-category_unnamed = la catégorie « { $code } » doit avoir un nom en anglais et en français
model-problem-region_unlabelled = la région de { $country } doit avoir un libellé en anglais et en français et une source
model-problem-index_measure_unnamed = l'indice de pays doit donner sa mesure en anglais et en français
model-problem-category_unknown_good = la catégorie « { $code } » désigne « { $good } », qui n'est pas un bien de l'ILAB de cette édition
model-problem-category_unreachable = la catégorie « { $code } » est inaccessible : aucun code ni mot clé
model-problem-material_unknown_good = la matière « { $material } » désigne « { $good } », qui n'est pas un bien de l'ILAB de cette édition
model-problem-family_unknown_good = la famille de biens « { $family } » désigne « { $good } », qui n'est pas un bien de l'ILAB de cette édition
model-problem-material_input_not_typical = la catégorie « { $code } » donne « { $good } » comme intrant de matière, qui n'est pas l'un de ses intrants types
model-problem-finished_good_as_input = « { $code } » prend le bien fini « { $good } » comme intrant : les biens sont faits de matières et de pièces, non d'autres biens finis (liste des biens finis du modèle, model.toml)
model-problem-finished_unknown_good = le bien fini « { $good } » (liste des biens finis du modèle, model.toml) n'est pas un bien de l'ILAB de cette édition
model-problem-reading_word_empty = model.toml, [goods_reading] { $list } : un mot est vide une fois normalisé (accents, casse et ponctuation retirés) et ne lit rien
model-problem-reading_word_names_goods = model.toml, [goods_reading] { $list } : « { $word } » nomme des biens que le modèle lit (« { $names } ») ; les biens écrits avec ce mot seraient lus comme aucun bien
model-problem-reading_word_in_two_lists = model.toml, [goods_reading] : « { $word } » est dans { $list } et dans { $other }, qui le lisent de façons opposées
model-problem-qualifier_not_keyword = model.toml, [goods_reading] { $list } : « { $word } » n'est le mot-clé d'un seul mot d'aucune catégorie et ne départage rien
model-problem-reading_key_without_data = model.toml : « { $key } » est activée mais « { $data } » est vide ou absente ; la règle ne fait rien ou pas ce que dit la fiche du modèle
model-problem-weight_out_of_range = le poids « { $name } » = { $value } est hors de 0 à { $max }
model-problem-index_points_out_of_range = l'indice de pays doit ajouter de 0 à 100 points, à un taux de 0 ou plus par unité
model-problem-entity_points_out_of_range = les points de la liste d'entités ({ $points }) sont hors de 0 à 100
model-problem-source_unused = la source « { $key } » est inscrite, mais rien dans le modèle ne l'utilise
model-problem-source_unrecorded = la source « { $key } » doit consigner son édition et sa licence
model-problem-floor_above_medium = le plancher du travail forcé des biens inscrits doit rester dans la bande moyenne
model-problem-ilo_region_without_prevalence = la région de l'OIT « { $region } » n'a pas de prévalence du travail forcé
model-problem-ilab_region_without_ilo = la région de l'ILAB « { $region } » ({ $country }) n'a pas de région de l'OIT
model-problem-empty_label_part = { $what ->
    [finding] le constat
   *[factor] le facteur
} « { $code } » a un libellé { $of ->
    [fr] français
   *[en] anglais
} avec une partie vide ({ $why }) : « { $text } »
model-derive_refused = modèle { $version } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} ; rien n'a été écrit

# `chainon screening import` et `chainon screening lists`.
screening-cli_already = { $name } : déjà importé comme { $edition }
screening-cli_imported = { $name } : { $edition }, { $entries ->
    [0] aucune inscription
    [one] { $entries } inscription
   *[other] { $entries } inscriptions
} : { $added ->
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
}
screening-cli_rescreened = nouveau filtrage { $declarations ->
    [0] d'aucune déclaration
    [one] de { $declarations } déclaration
   *[other] de { $declarations } déclarations
} ({ $parties ->
    [0] aucune partie
    [one] { $parties } partie
   *[other] { $parties } parties
}) : { $hits ->
    [0] aucune correspondance trouvée
    [one] { $hits } correspondance trouvée
   *[other] { $hits } correspondances trouvées
}, { $alerts ->
    [0] aucune alerte levée
    [one] { $alerts } alerte levée
   *[other] { $alerts } alertes levées
} ({ $new ->
    [0] aucune nouvelle
    [one] { $new } nouvelle
   *[other] { $new } nouvelles
}, { $reopened ->
    [0] aucune posée à nouveau
    [one] { $reopened } posée à nouveau
   *[other] { $reopened } posées à nouveau
} : inscription modifiée ou de nouveau sur la liste)
# Ce qu'a fait le nouveau filtrage d'une importation, chaque nombre selon ce qui s'est produit.
screening-run_hits = correspondances enregistrées : { $added ->
    [0] aucune nouvelle
    [one] { $added } nouvelle
   *[other] { $added } nouvelles
}, { $changed ->
    [0] aucune posée à nouveau
    [one] { $changed } posée à nouveau
   *[other] { $changed } posées à nouveau
} (inscription modifiée), { $reopened ->
    [0] aucune rouverte
    [one] { $reopened } rouverte
   *[other] { $reopened } rouvertes
} (inscription de nouveau sur la liste, inchangée), { $remembered ->
    [0] aucune reprenant une décision déjà prise
    [one] { $remembered } reprenant une décision déjà prise
   *[other] { $remembered } reprenant une décision déjà prise
} ; { $restated ->
    [0] aucune correspondance décidée ramenée à la dernière décision sur son inscription
    [one] { $restated } correspondance décidée ramenée à la dernière décision sur son inscription
   *[other] { $restated } correspondances décidées ramenées à la dernière décision sur leur inscription
}
screening-run_closed = correspondances ouvertes fermées : { $removed ->
    [0] aucune
   *[other] { $removed }
} (inscription retirée de la liste), { $replaced ->
    [0] aucune
   *[other] { $replaced }
} (inscription modifiée)
screening-run_effects = effets des correspondances confirmées : { $applied ->
    [0] aucun appliqué
    [one] { $applied } appliqué
   *[other] { $applied } appliqués
}, { $lifted ->
    [0] aucun levé
    [one] { $lifted } levé
   *[other] { $lifted } levés
}, { $changed ->
    [0] aucun modifié
    [one] { $changed } modifié
   *[other] { $changed } modifiés
} ; { $reassessed ->
    [0] aucune déclaration réévaluée
    [one] { $reassessed } déclaration réévaluée
   *[other] { $reassessed } déclarations réévaluées
}
# La page de l'édition juste après une importation par le formulaire : ce que la nouvelle édition a changé.
screening-import_diff = { $first ->
    [yes] Importée comme première édition de la liste : { $added ->
        [0] aucune inscription
        [one] { $added } inscription
       *[other] { $added } inscriptions
    }.
   *[no] Par rapport à l'édition précédente : { $added ->
        [0] aucune inscription ajoutée
        [one] { $added } inscription ajoutée
       *[other] { $added } inscriptions ajoutées
    }, { $removed ->
        [0] aucune retirée
        [one] { $removed } retirée
       *[other] { $removed } retirées
    }, { $changed ->
        [0] aucune modifiée
        [one] { $changed } modifiée
       *[other] { $changed } modifiées
    }.
}
screening-cli_refused = { $name } : refusé, rien n’a été enregistré
screening-cli_no_list = aucune liste importée (chainon screening import --list TYPE FICHIER)
screening-cli_hits_more = Résultats écrits : { $shown } sur { $total } (les plus récents d’abord, à partir du numéro { $first }) ; les suivants avec --offset { $next }
screening-cli_entries = { $count ->
    [0] aucune inscription
    [one] { $count } inscription
   *[other] { $count } inscriptions
}
# `chainon assess --format text` : une évaluation pour les personnes (`reports::explain::assessment_text`).
assess_text-head = { $supplier } : déclaration du { $date } — modèle de risque { $version }
assess_text-overall = Déclaration, { $kind } : { $band } { $score }
assess_text-sites = { $count ->
    [0] aucun lieu
    [one] { $count } lieu
   *[other] { $count } lieux
}
assess_text-site = { $site } ({ $place }) — niveau { $tier }, { $role }
assess_text-score = { $kind } : { $band } { $score }
assess_text-factor = { $points } { $label }
assess_text-factor_sourced = { $points } { $label } [{ $source }]
assess_text-source = source : { $dataset }, { $edition }{ $has_line ->
    [yes] , ligne { $line }
   *[no] {""}
}
assess_text-findings = { $count ->
    [0] Aucun constat
    [one] { $count } constat
   *[other] { $count } constats
}
assess_text-warnings = { $count ->
    [one] { $count } remarque de la réception du fichier (il a été accepté)
   *[other] { $count } remarques de la réception du fichier (il a été accepté)
}
assess_text-finding = { $finding } ({ $place })

# Refus de la ligne de commande (`cli::args`) : les erreurs de clap en mots, dans la langue demandée par `--lang` ou dans les deux.
cli-error = erreur : { $message }
cli-help_hint = Les commandes et leurs options : chainon --help, chainon COMMANDE --help.
cli-expect_head = --expect-head « { $given } » n'est pas une empreinte de tête : donner les 64 chiffres hexadécimaux que chainon audit verify a affichés comme tête (minuscules ou majuscules) ; le journal n'a pas été vérifié par rapport à elle
cli-audit_limit = --limit 0 n'afficherait aucune entrée : donner le nombre d'entrées à afficher, 1 ou plus
cli-screening_hits_limit = --limit { $given } sort de la règle de pagination : donner le nombre de résultats à afficher, de 1 à { $max }
cli-screening_hits_offset = --offset { $given } dépasse le plus loin où commence une liste ({ $max }) : donner un décalage de { $max } ou moins
# `chainon audit verify` : ce qu'elle a trouvé, pour les personnes (`--lang`).
audit_verify-edited = entrée { $seq } : modifiée : son contenu ne correspond plus à son empreinte
audit_verify-missing = entrée { $seq } : il manque avant elle les entrées à partir du nº { $expected }
audit_verify-unchained = entrée { $seq } : hors de la chaîne : l'entrée qui la précédait a été supprimée, insérée ou déplacée
audit_verify-head_missing = la tête consignée { $head } n'est plus dans le journal : sa fin a été coupée ou réécrite
audit_verify-summary = { $entries ->
    [one] { $entries } entrée
   *[other] { $entries } entrées
}, { $intact ->
    [yes] journal intact
   *[no] journal NON intact
} ; tête { $seq } { $hash }
cli-no_database = aucune base de données à { $path } : cette commande lit une base existante et n'en crée aucune. Désignez-la avec --database ou CHAINON_DATABASE_URL (p. ex. sqlite:///srv/chainon/chainon.sqlite3 ou postgres://user@host/chainon), ou créez-la d'abord avec chainon serve ou chainon import. Rien n'a été créé.
cli-database_not_url = « { $given } » n'est pas une URL de base de données : désignez un fichier SQLite par { $url } (ou sqlite:///srv/chainon/chainon.sqlite3 pour un chemin absolu) et PostgreSQL par postgres://user@host/chainon, avec --database ou CHAINON_DATABASE_URL. Rien n'a été ouvert ni créé.
cli-no_model = aucun modèle « { $name } » : ce n'est ni un dossier, ni une version livrée avec chainon ({ $shipped }), ni un dossier de version dans { $looked }
cli-file = { $doing ->
    [write] écriture de
   *[read] lecture de
} { $path } : { $why ->
    [not_found] fichier ou dossier introuvable
    [denied] permission refusée
    [directory] c'est un dossier, pas un fichier
   *[other] { $detail }
}
cli-args = { $kind ->
    [invalid_value] valeur « { $value } » non valide pour { $arg }{ $has_valid ->
        [yes] ; valeurs acceptées : { $valid }
       *[no] {""}
    }
    [unknown_argument] argument inconnu « { $arg } »{ $has_suggested ->
        [yes] ; vouliez-vous dire « { $suggested } » ?
       *[no] {""}
    }
    [invalid_subcommand] commande inconnue « { $subcommand } »{ $has_suggested ->
        [yes] ; vouliez-vous dire « { $suggested } » ?
       *[no] {""}
    }
    [no_equals] { $arg } prend sa valeur après un signe égal ({ $arg }=VALEUR)
    [value_validation] valeur « { $value } » non valide pour { $arg }
    [number_of_values] nombre de valeurs incorrect pour { $arg }
    [argument_conflict] { $arg } ne peut pas être donné avec { $prior }
    [missing_argument] manquant : { $arg }
    [missing_subcommand] une commande est nécessaire ({ $valid_subcommands })
    [invalid_utf8] un argument n'est pas du texte UTF-8 valide
   *[other] la ligne de commande est illisible
}
cli-lang_with_json = --lang choisit la langue du rapport texte ou HTML (--format text, --format html) ; la sortie JSON écrit chaque explication en anglais et en français
cli-settings = lecture des paramètres : { $detail }

# Une page au-delà de la dernière page d’une liste (la même règle pour toutes les listes paginées) : aucune ligne,
# combien il y en a, quelle page est la dernière, et un lien vers elle.
list-past_end = { $total ->
    [one] Cette page est au-delà de la dernière : une déclaration correspond, à la page { $pages }.
   *[other] Cette page est au-delà de la dernière : { $total } déclarations correspondent, et la dernière page est la page { $pages }.
}
graph-matches_past_end = { $total ->
    [one] Cette page est au-delà de la dernière : une paire est proposée, à la page { $pages }.
   *[other] Cette page est au-delà de la dernière : { $total } paires sont proposées, et la dernière page est la page { $pages }.
}
graph-results_past_end = { $total ->
    [one] Cette page est au-delà de la dernière : un lieu est trouvé, à la page { $pages }.
   *[other] Cette page est au-delà de la dernière : { $total } lieux sont trouvés, et la dernière page est la page { $pages }.
}
screening-past_end = Cette page est au-delà de la dernière : la dernière page est la page { $pages }.
chain-past_end = { $total ->
    [one] Cette page est au-delà de la dernière : le seul lieu retenu est à la page { $pages }.
   *[other] Cette page est au-delà de la dernière : les { $total } lieux retenus finissent à la page { $pages }.
}
list-last_page = Aller à la dernière page ({ $page })
screening-open_tally = { $decisions ->
    [0] Aucune décision à prendre
    [one] { $decisions } décision à prendre
   *[other] { $decisions } décisions à prendre
}{ $left ->
    [0] { $decisions ->
        [0] .
       *[other] , une par correspondance ouverte.
    }
   *[other] {" "}pour { $open_hits } correspondances ouvertes : { $settled ->
        [one] { $settled } réglée avec une autre par la même décision
       *[other] { $settled } réglées avec une autre par la même décision
    } (même inscription et même partie), { $replaced ->
        [0] aucune d'une déclaration remplacée depuis
        [one] { $replaced } d'une déclaration remplacée depuis
       *[other] { $replaced } de déclarations remplacées depuis
    } (closes à la prochaine réception, rien à décider).
}
screening-filters_leave_out = { $left ->
    [0] Les filtres n'écartent aucune des { $all } correspondances de ce statut.
    [one] Les filtres écartent { $left } des { $all } correspondances de ce statut.
   *[other] Les filtres écartent { $left } des { $all } correspondances de ce statut.
}
model-error_read = lecture du fichier { $file } du modèle : { $why ->
    [not_found] fichier ou dossier introuvable
    [denied] permission refusée
    [directory] c'est un dossier, pas un fichier
   *[other] { $detail }
}
