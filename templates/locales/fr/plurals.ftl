# Messages qui comptent (français), écrits à la main : les règles de pluriel CLDR choisissent la forme (0 et 1 au
# singulier). Mêmes identifiants et variables que ../en/plurals.ftl.

decl-chain_size = { $sites ->
    [one] { $sites } lieu
   *[other] { $sites } lieux
}, sur { $depth ->
    [one] { $depth } niveau
   *[other] { $depth } niveaux
}
picture-caption = { $count ->
    [one] { $count } lieu et ses liens.
   *[other] { $count } lieux et leurs liens.
}
dashboard-unvalued = { $count ->
    [one] { $count } ligne de biens sans valeur est exclue des dépenses.
   *[other] { $count } lignes de biens sans valeur sont exclues des dépenses.
}
case-overdue_count = { $count ->
    [one] { $count } avis dont le délai de réponse est passé sans réponse
   *[other] { $count } avis dont le délai de réponse est passé sans réponse
}
chain-tier_sites = { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}
chain-tier_high = { $count } à risque élevé
chain-tier_critical = { $count } à risque critique
chain-tier_selected = { $count ->
    [one] { $count } correspond au filtre
   *[other] { $count } correspondent au filtre
}
chain-tier_elsewhere = Afficher ses lieux (page { $page })
chain-shown = Lieux affichés : { $first }–{ $last } sur { $total }
chain-shown_filtered = Lieux affichés : { $first }–{ $last } sur { $total } correspondant au filtre ({ $all } dans la chaîne)
decl-findings_on_other_pages = { $count ->
    [one] { $count } autre constat porte sur un lieu d'une autre page de la chaîne : il figure avec cette page.
   *[other] { $count } autres constats portent sur des lieux d'autres pages de la chaîne : chacun figure avec sa page.
}
compare-choose_hint = Jusqu'à { $max } soumissions côte à côte ; sans choix, les { $default } mieux classées.
compare-showing = { $total ->
    [one] { $shown } soumission sur { $total } côte à côte.
   *[other] { $shown } soumissions sur { $total } côte à côte.
}
compare-capped = { $asked } soumissions ont été choisies ; seules { $max } tiennent côte à côte : les { $max } mieux classées d'entre elles sont affichées.
rank-by_disclosure = À égalité avec { $other } pour le travail forcé et celui des enfants; avant elle pour la divulgation ({ $this ->
    [one] { $this } lacune
   *[other] { $this } lacunes
} contre { $that }).
rank-disclosure_gaps = { $gaps ->
    [one] { $gaps } lacune de divulgation
   *[other] { $gaps } lacunes de divulgation
}; { $missing ->
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
compare-replaced = La déclaration no { $asked } a été remplacée par son soumissionnaire : sa déclaration courante, no { $current }, est affichée à la place.
# `chainon model check`.
model-missing_data = Données manquantes et repli appliqué ({ $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}) :
model-valid = modèle { $version } : valide
model-problems = modèle { $version } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}
model-gap-no_advancement = aucun niveau de progrès → les points d'un pays que l'ILAB n'a pas évalué (« { $no_assessment } », { $points })
model-gap-unweighed_level = le niveau de progrès « { $level } » n'a pas de points dans le modèle → ceux de « { $no_assessment } » ({ $points })
model-gap-no_child_share = aucune part d'enfants qui travaillent → l'estimation OIT–UNICEF { $world ->
    [yes] mondiale
   *[no] pour la région { $region }
} ({ $share } des enfants de 5 à 17 ans)
model-gap-no_region = aucune région → travail forcé : la prévalence mondiale, { $points } points
model-gap-region_without_ilo = la région « { $region } » n'a pas de région de l'OIT → travail forcé : la prévalence mondiale, { $points } points
model-missing-country = { $country } ({ $code }, ligne { $line } de ilab_countries.csv) : { $gaps }; biens que l'ILAB y inscrit : { $has_goods ->
    [yes] { $goods }
   *[no] aucun
}
model-missing-outside_ilab = { $count ->
    [one] { $count } pays
   *[other] { $count } pays
} hors des conclusions de l'ILAB par pays → travail des enfants : l'estimation OIT–UNICEF { $world ->
    [yes] mondiale
   *[no] pour la région { $region }
} ({ $share } des enfants de 5 à 17 ans); travail forcé : la prévalence mondiale, { $points } points : { $codes }
model-missing-index_without_figure = indice de pays, ligne { $line } : { $name } n'a pas de valeur → l'indice n'ajoute rien pour ce pays

# `chainon screening import` et `chainon screening lists`.
screening-cli_already = { $name } : déjà importé comme édition { $id } ({ $list }, version { $version })
screening-cli_imported = { $name } : édition { $id } ({ $list }, version { $version }), { $entries ->
    [one] { $entries } inscription
   *[other] { $entries } inscriptions
} : { $added ->
    [one] { $added } ajoutée
   *[other] { $added } ajoutées
}, { $removed ->
    [one] { $removed } retirée
   *[other] { $removed } retirées
}, { $changed ->
    [one] { $changed } modifiée
   *[other] { $changed } modifiées
}
screening-cli_rescreened = nouveau filtrage de { $declarations ->
    [one] { $declarations } déclaration
   *[other] { $declarations } déclarations
} ({ $parties ->
    [one] { $parties } partie
   *[other] { $parties } parties
}) : { $hits ->
    [one] { $hits } correspondance
   *[other] { $hits } correspondances
}, { $alerts ->
    [one] { $alerts } nouvelle alerte
   *[other] { $alerts } nouvelles alertes
}
screening-cli_reconciled = rapprochement : { $closed ->
    [one] { $closed } correspondance ouverte fermée
   *[other] { $closed } correspondances ouvertes fermées
} (inscription qui ne figure plus sur la liste telle qu’elle a été rapprochée), { $lifted ->
    [one] { $lifted } effet levé
   *[other] { $lifted } effets levés
}, { $reassessed ->
    [one] { $reassessed } déclaration réévaluée
   *[other] { $reassessed } déclarations réévaluées
}
screening-cli_refused = { $name } : refusé, rien n’a été enregistré
screening-cli_no_list = aucune liste importée (chainon screening import --list TYPE FICHIER)
screening-cli_entries = { $count ->
    [one] { $count } inscription
   *[other] { $count } inscriptions
}
