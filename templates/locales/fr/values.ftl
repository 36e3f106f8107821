# Refus des valeurs que l'on tape (numéros d'entreprise, exercices, nombres, pays, caractères), dits dans la langue
# du lecteur là où ils sont montrés (`domain` construit le message, la périphérie le dit). Mêmes identifiants et
# variables que ../en/values.ftl (un test le vérifie).

business_number-length = un numéro d'entreprise compte 9 chiffres ; celui-ci en compte { $count }
business_number-character = « { $character } » n'a pas sa place dans un numéro d'entreprise : écrivez ses 9 chiffres (0 à 9), suivis au besoin d'un compte de programme comme RT0001
business_number-like_digit = « { $character } » n'a pas sa place dans un numéro d'entreprise : c'est une lettre qui ressemble au chiffre { $digit }. Écrivez les 9 chiffres (0 à 9), suivis au besoin d'un compte de programme comme RT0001
business_number-program = « { $program } » n'est pas un identificateur de programme de l'ARC ({ $programs })
business_number-account = un compte de programme compte deux lettres et 4 chiffres après les 9 chiffres, son numéro de référence à partir de 0001 (comme RT0001)
business_number-check_digit = le chiffre de contrôle de ce numéro d'entreprise est faux
business_number-zeros = 000000000 n'est pas un numéro d'entreprise (l'ARC n'en attribue aucun de zéros) : laissez la cellule vide quand il n'y en a pas

fiscal_year-refused = { $parameter } « { $given } » : un exercice de { $first } à { $latest }, désigné par sa première année (2026 pour 2026-2027)

number-ambiguous = { $field } : « { $text } » peut se lire de deux façons ; { $lang ->
    [fr] écrivez les décimales après une virgule et séparez les milliers par des espaces, p. ex. 1 250 ou 1,25
   *[en] en anglais, écrivez les décimales après un point et séparez les milliers par des virgules, p. ex. 1,250 ou 1.25
}
number-malformed = { $field } : « { $text } » n'est pas un nombre écrit en { $lang ->
    [fr] français
   *[en] anglais
} ; p. ex. { $example }

characters-refused = { $field } contient { $what }, { $code } { $name }, au { $position ->
    [1] 1er
   *[other] { $position }e
} caractère : supprimez-le ({ $why })
characters-file_name = { $refusal }. Renommez le fichier et envoyez-le de nouveau.
characters-what-control = un caractère de commande invisible
characters-what-line_break = une tabulation ou un saut de ligne
characters-what-bidi = un caractère de commande bidirectionnelle
characters-what-invisible = un caractère invisible
characters-what-replacement = le caractère de remplacement
characters-what-noncharacter = un non-caractère
characters-why-control = il ne se tape ni ne s'affiche, et les fichiers où { $source ->
    [declaration] la déclaration est écrite
    [list_entry] l'entrée de la liste est écrite
   *[request] ce texte est écrit
} ne peuvent le contenir
characters-why-line_break = ce champ tient sur une ligne : écrivez-le sur une seule ligne
characters-why-bidi = il affiche le texte dans un autre ordre que celui où il est enregistré, qui se lit alors comme un autre
characters-why-invisible = il rend différents deux textes d'apparence identique ; il vient souvent d'un texte collé d'une page web
characters-why-replacement = { $source ->
    [request] des octets qui ne sont pas de l'UTF-8 (tel %FF dans une adresse ou un formulaire) arrivent ainsi, ou un programme l'a mis là où il n'a pu lire une lettre : envoyez le texte encodé en UTF-8, tel qu'il est écrit à sa source
   *[other] un programme l'a mis là où il n'a pu lire une lettre, qui est perdue : récrivez la valeur d'après sa source
}
characters-why-noncharacter = l'Unicode le réserve sans jamais l'attribuer à du texte, et les fichiers XML ne peuvent le contenir

country-stray_meant = « { $text } » contient « { $stray } » ({ $code }), qui ne fait partie d'aucun nom de pays : vouliez-vous dire { $country } ? Écrivez le pays seul
country-stray = « { $text } » n'est pas un pays : il contient « { $stray } » ({ $code }), qui ne fait partie d'aucun nom de pays. Utilisez un code ISO 3166 comme MY, ou le nom du pays en français ou en anglais
country-ambiguous = « { $text } » désigne plus d'un pays : { $candidates }. Écrivez le code de celui qui est visé ({ $codes })
country-candidate = { $code } ({ $country })
country-either = { $first } ou { $rest }
country-unknown = « { $text } » n'est pas un pays : utilisez un code ISO 3166 comme MY, ou le nom du pays en français ou en anglais

intake-name_on_file = ce numéro d'entreprise est au dossier sous « { $name } » depuis le { $since } : cette déclaration garde la dénomination sociale qu'elle donne, montrée sur sa soumission et dans les listes, et la fiche du fournisseur la prend
