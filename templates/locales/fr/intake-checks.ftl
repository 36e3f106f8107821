# Contrôles de la réception qui comparent des cellules (`import::look_alike`, `import::parse`) : des identifiants
# qui se lisent de même mais diffèrent, des feuilles nommées comme le fichier les nomme. Mêmes identifiants et
# variables que ../en/intake-checks.ftl.

checks-site_id_like = « { $value } » n'est pas un ID de lieu, mais se lit comme l'ID de lieu « { $site } » en { $site_cell } : { $how ->
    [case] les deux ne diffèrent que par les majuscules. Écrivez-le comme l'ID de lieu est écrit
   *[character] { $char_cell } contient le caractère { $character } là où l'autre a « { $plain } » ({ $plain_code }). Tapez de nouveau l'ID de lieu avec des caractères ordinaires
}
checks-site_ids_alike = L'ID de lieu « { $value } » se lit comme l'ID de lieu « { $site } » en { $site_cell } : { $how ->
    [case] les deux ne diffèrent que par les majuscules, et un lecteur (comme les recherches d'un tableur) les prend pour un seul lieu
   *[character] { $char_cell } contient le caractère { $character } là où l'autre a « { $plain } » ({ $plain_code })
}. Donnez à chaque lieu son propre ID, ou déclarez le lieu une seule fois
checks-second_sheet = La feuille « { $sheet } » est la même partie de la déclaration que la feuille « { $first } » : le fichier ne doit contenir que l'une d'elles. Supprimez ou renommez l'une d'elles
checks-look_alike_sheet = La feuille « { $sheet } » ressemble à la feuille « { $part } » et contient des lignes, qui ne seraient pas lues : le fichier doit contenir une seule feuille « { $part } ». Déplacez ses lignes dans « { $part } » (ou supprimez la feuille) et envoyez le fichier de nouveau.
checks-not_a_sheet = « { $sheet } » n'est pas une feuille du format et n'est pas lue : vouliez-vous dire « { $part } » ?
checks-look_alike_key = La clé « { $label } » n'est pas une clé du format, et ce qu'elle contient ne serait pas lu : vouliez-vous dire « { $key } » ? Renommez la clé « { $key } » (ou supprimez-la) et envoyez le fichier de nouveau
checks-unknown_key = La clé « { $key } » n'est pas une clé du format, et ce qu'elle contient n'est pas lu (les clés du format : { $keys })
checks-ambiguous_number = « { $value } » est ambigu : il se lit { $thousands } si { $mark ->
    [comma] la virgule sépare
   *[point] le point sépare
} les milliers, ou { $decimal } s'il s'agit de décimales. Écrivez { $thousands } ou { $decimal }, selon ce qui est voulu, ou tapez le nombre dans une cellule numérique
checks-headings_again = La ligne { $row } nomme de nouveau les colonnes du tableau (leurs en-têtes dans l'autre langue) : elle est lue comme des en-têtes, non comme des données
checks-other_currency = « { $value } » est un montant dans une autre monnaie que le dollar canadien (« { $sign } ») : la valeur est en dollars canadiens. Convertissez-le au taux que vous appliquez et écrivez le nombre seul (ou avec $)
checks-inputs_comma = « { $value } » contient une virgule, mais les intrants d'un lieu sont séparés par des points-virgules : écrivez « { $split } » s'il s'agit de plusieurs intrants, ou le nom de l'intrant sans sa virgule
checks-region_not_country = « { $value } » n'est pas un pays mais { $is_region ->
    [yes] une région { $country }
   *[no] un lieu du { $region }, une région { $country }
} : écrivez { $code } comme pays, et le lieu dans Région ou Ville
checks-place_look_alike = { $field } « { $value } » est écrit en lettres d'un autre alphabet dessinées comme des lettres latines : le modèle de risque le lit « { $read } », un nom { DE($place) }. Écrivez le lieu dans les lettres de sa propre langue
checks-site_ids_comma = « { $value } » n'est pas un ID de lieu : il contient une virgule, mais les ID de lieu d'une liste sont séparés par des points-virgules. Écrivez « { $split } » s'il s'agit de plusieurs lieux, ou l'ID de lieu sans sa virgule
