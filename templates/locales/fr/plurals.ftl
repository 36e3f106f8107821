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
