# Une colonne de parts de la valeur toutes écrites en fractions : signalée à la colonne. Mêmes identifiants et
# variables que ../en/intake-shares.ftl.

shares-all_fractions = { $count ->
    [one] La seule part de la valeur de la colonne vaut au plus 1 ({ $cells }), elle est donc lue comme 1 % au plus : s'il s'agit d'une fraction (0,7 pour 70 %), écrivez-la en pourcentage (70), ou mettez la cellule au format pourcentage
   *[other] Toutes les parts de la valeur de la colonne valent au plus 1 ({ $cells }), chacune est donc lue comme 1 % au plus : s'il s'agit de fractions (0,7 pour 70 %), écrivez-les en pourcentage (70), ou mettez les cellules au format pourcentage
}

# Une part de la valeur comprise entre 0 et 1 écrite en notation scientifique (`5.00E-01`, saisie, ou montrée ainsi
# par le format de nombre de sa cellule) : refusée à sa cellule, les deux lectures nommées.
shares-scientific = La part { $shown } est écrite en notation scientifique : c'est le nombre { $number }. Une part de la valeur se lit comme le pourcentage inscrit (35 pour 35 %), elle serait donc de { $number } % ; mais un programme qui écrit les nombres ainsi écrit aussi souvent des fractions, et comme fraction du tout elle est de { $percent } %. Inscrivez le pourcentage voulu sans exposant ({ $percent } pour { $percent } %), ou mettez la cellule au format pourcentage
