# Un champ de nombres lit ce que montre sa cellule : un nombre que son format masque, ou un jour là où un nombre
# est attendu, est refusé à sa cellule, en nommant le nombre, le format et ce qui est affiché. Mêmes identifiants et
# variables que ../en/intake-formats.ftl.

number_format-hidden = { $field } contient { $number }, que son format de nombre « { $format } » masque (la cellule n'affiche rien) : la déclaration lirait { $number }, que la feuille ne montre pas. Videz la cellule si aucun nombre n'est voulu, ou donnez-lui un format qui montre le nombre (Standard)
number_format-date_in_number = { $field } contient le nombre { $number }, que son format de date « { $format } » affiche comme le jour { $shown } : un effectif ou un montant n'est jamais un jour. Donnez à la cellule un format de nombre (Standard) et inscrivez le nombre voulu
number_format-date_in_number_unknown = { $field } contient le nombre { $number }, que son format de date affiche comme le jour { $shown } : un effectif ou un montant n'est jamais un jour. Donnez à la cellule un format de nombre (Standard) et inscrivez le nombre voulu
