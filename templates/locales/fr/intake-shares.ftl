# Une colonne de parts de la valeur toutes écrites en fractions : signalée à la colonne. Mêmes identifiants et
# variables que ../en/intake-shares.ftl.

shares-all_fractions = { $count ->
    [one] La seule part de la valeur de la colonne vaut au plus 1 ({ $cells }), elle est donc lue comme 1 % au plus : s'il s'agit d'une fraction (0,7 pour 70 %), écrivez-la en pourcentage (70), ou mettez la cellule au format pourcentage
   *[other] Toutes les parts de la valeur de la colonne valent au plus 1 ({ $cells }), chacune est donc lue comme 1 % au plus : s'il s'agit de fractions (0,7 pour 70 %), écrivez-les en pourcentage (70), ou mettez les cellules au format pourcentage
}
