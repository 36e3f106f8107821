# Refus des cellules dont la valeur n'est pas ce que la feuille affiche (`import::cell_words`) : une valeur masquée
# sous une plage fusionnée, un nombre que son format affiche autrement, des parts qui ne peuvent toutes appartenir à
# un même tout. Mêmes identifiants et variables que ../en/intake-cells.ftl (un test le vérifie).

intake_cells-covered = { $field } contient « { $hidden } » en { $cell }, que couvre la plage fusionnée { $merge } : la feuille y affiche « { $shown } », la valeur de la première cellule de la plage. Annulez la fusion et inscrivez dans chaque cellule la valeur voulue, ou effacez la valeur masquée
intake_cells-covered_blank = { $field } contient « { $hidden } » en { $cell }, que couvre la plage fusionnée { $merge } : la feuille n'y affiche rien, la première cellule de la plage étant vide. Annulez la fusion et inscrivez dans chaque cellule la valeur voulue, ou effacez la valeur masquée
intake_cells-format_number = { $field } contient { $number }, que son format de nombre « { $format } » affiche comme { $shown } : la déclaration lirait { $read }, et non ce que montre la cellule. Donnez à la cellule un format qui montre la valeur entière (Standard) et inscrivez la valeur voulue
intake_cells-format_text = { $field } contient { $number }, que son format de nombre « { $format } » affiche comme le texte « { $shown } » : la feuille ne montre pas le nombre. Videz la cellule si aucun nombre n'est voulu, ou donnez-lui un format qui montre le nombre (Standard)
intake_cells-date_in_number = { $field } est au format date ({ $shown }), ce qui n'est pas un nombre : donnez à la cellule un format de nombre (Standard) et inscrivez le nombre voulu
intake_cells-date_in_text = { $field } est au format date ({ $shown }), ce que ce champ ne contient pas : la feuille y affiche un jour là où un texte est attendu. Mettez la cellule au format Texte et inscrivez la valeur voulue
intake_cells-shares_over = Les parts de la valeur des lieux qui fournissent « { $site } » totalisent { $sum } % ({ $cells }) : chacune est une part de la valeur de ce que ce lieu produit, leur total ne peut donc dépasser 100 %. Corrigez les parts
