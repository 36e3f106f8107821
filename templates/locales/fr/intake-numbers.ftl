# Nombres de l'intake dits par les catalogues, pour que chaque langue les écrive à sa façon (`import::quoted`).
# Mêmes identifiants et variables que ../en/intake-numbers.ftl.

numbers-not_whole = « { $value } » n'est pas un nombre entier
numbers-negative = « { $value } » est négatif : le nombre doit être 0 ou plus
numbers-not_percentage = « { $value } » n'est pas un pourcentage de 0 à 100 (écrivez 35, 35 % ou 0,35 dans une cellule en pourcentage)
numbers-percent_cell = La cellule est au format pourcentage et contient { $number }, que le tableur affiche comme { $shown } % : { $field } est un nombre, jamais un pourcentage. Mettez la cellule au format nombre, saisissez la valeur voulue et envoyez le fichier de nouveau
