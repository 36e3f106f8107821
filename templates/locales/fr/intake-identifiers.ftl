# Valeurs d'un champ de texte dont un tableur a inventé les chiffres (un nombre de plus de 15 chiffres, un nombre
# en notation scientifique) : refusées à leur cellule. Mêmes identifiants et variables que ../en/intake-identifiers.ftl.

identifier-rounded = { $field } contient le nombre { $number }, plus long que les 15 chiffres que garde un tableur : ses derniers chiffres ont été inventés par le tableur, pas saisis. Mettez la cellule au format Texte, saisissez de nouveau la valeur et envoyez le fichier de nouveau
identifier-scientific = { $field } « { $text } » est un nombre en notation scientifique, comme un tableur affiche un nombre long : les chiffres saisis sont perdus. Mettez la colonne au format Texte, saisissez de nouveau la valeur et envoyez le fichier de nouveau
identifier-os_id = « { $value } » n'est pas un ID Open Supply Hub : un ID compte 15 caractères, les deux lettres du pays, sept chiffres et six lettres ou chiffres (MY2023114KXQ7PL). Copiez-le depuis la page de l'installation sur Open Supply Hub, ou laissez la cellule vide
