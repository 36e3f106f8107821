# Dates d'une déclaration (une cellule de date, ou une date saisie en texte, lue seulement année-mois-jour) et dates
# de choses déjà faites (une signature, un audit). Mêmes identifiants et variables que ../en/intake-dates.ftl.
# Un refus ne propose jamais un jour que le texte ne dit pas : $day est toujours le jour du texte lui-même.

dates-time_of_day = « { $value } » est une date avec une heure ({ $time }) : une date seule est attendue ici. Écrivez la date seule ({ $day }) ou mettez la cellule au format date sans heure
dates-number = « { $value } » est un nombre, pas une date : mettez la cellule au format date, ou écrivez la date année-mois-jour (ISO 8601 ; 2026-03-31 est le 31 mars 2026)
dates-no_such_day = « { $value } » n'est pas une date qui existe (vérifiez le mois et le jour)
dates-write_as = « { $value } » n'est pas écrite année-mois-jour, la seule forme sous laquelle une date se lit en texte : écrivez-la { $day } (ISO 8601) ou utilisez une cellule de date
dates-either_order = « { $value } » est ambiguë : elle se lit { $first } ou { $second }, selon l'ordre du jour et du mois. Écrivez-la année-mois-jour (ISO 8601) ou utilisez une cellule de date
dates-two_digit_year = « { $value } » est ambiguë : son année est écrite en deux chiffres et, selon l'ordre du jour, du mois et de l'année, elle peut désigner { $readings }. Écrivez la date année-mois-jour avec les quatre chiffres de l'année (ISO 8601) ou utilisez une cellule de date
dates-month_year = « { $value } » nomme un mois ({ $month } { $year }) mais aucun jour : une date est ici un jour. Écrivez la date complète année-mois-jour (ISO 8601) ou utilisez une cellule de date
dates-form = « { $value } » n'est pas écrite année-mois-jour, la seule forme sous laquelle une date se lit en texte : écrivez la date année-mois-jour (ISO 8601 ; 2026-03-31 est le 31 mars 2026) ou utilisez une cellule de date
dates-too_early = { $day } n'est pas une date plausible ici : elle doit se situer en { $year } ou après
dates-future = { $day } est dans l'avenir : cette date atteste une chose déjà faite (une signature, un audit), elle ne peut donc être postérieure à aujourd'hui ({ $today } ; le { $last } est admis pour les fuseaux horaires). Vérifiez l'année
dates-after_declaration = { $day } est postérieure à la date de la déclaration ({ $declared }) : le dernier audit que nomme une déclaration a eu lieu avant qu'elle soit faite. Vérifiez l'année, ou indiquez le dernier audit fait au plus tard le { $declared }

# Ce que le format d'une cellule de date affiche du jour qu'elle contient (import/shown_date.rs). $format : le code du
# format ; $shown : le texte affiché ; $stored : le jour enregistré, année-mois-jour ; $words : le même jour en lettres.
dates-format_year_day_month = Le format « { $format } » de cette cellule de date écrit l'année d'abord, puis le jour avant le mois : elle affiche { $shown }, qui se lit année-mois-jour, pour la date enregistrée, le { $words } ({ $stored }). Qui lit le classeur y voit un autre jour que celui que la déclaration enregistrerait. Donnez à la cellule le format aaaa-mm-jj (année-mois-jour, ISO 8601) et vérifiez la date
dates-format_hides = Le format « { $format } » de cette cellule de date affiche { $shown }, sans { $hidden ->
    [day] le jour
    [month] le mois
    [year] l'année
    [day-month] le jour ni le mois
    [day-year] le jour ni l'année
    [month-year] le mois ni l'année
   *[all] le jour, le mois ni l'année
}, alors que la cellule contient un jour entier, le { $words } ({ $stored }) : une date est ici un jour que la feuille affiche. Donnez à la cellule un format de date qui affiche le jour, le mois et l'année (aaaa-mm-jj, ISO 8601) et vérifiez la date
dates-format_two_digit_year = Le format « { $format } » de cette cellule de date affiche l'année en deux chiffres ({ $shown }) : la date enregistrée, le { $words } ({ $stored }), est lue. Vérifiez que c'est bien la date voulue, et donnez à la cellule un format avec les quatre chiffres de l'année (aaaa-mm-jj) pour que qui lit le classeur voie l'année enregistrée
dates-format_automatic_order = Le format « { $format } » de cette cellule de date affiche le jour, le mois et l'année dans l'ordre de la langue du tableur (ordre automatique), l'année en deux chiffres : ce que montre la cellule ne peut être connu par le fichier, et qui le lit ne peut distinguer l'année du jour (01/03/26). La date enregistrée est le { $words } ({ $stored }). Donnez à la cellule le format aaaa-mm-jj (année-mois-jour, ISO 8601) et vérifiez la date
# Une date saisie en texte avec un tiret ou un signe moins à la place d'un trait d'union. $character : son point de
# code et son nom Unicode ; $position : sa place, comptée en caractères à partir de 1.
dates-look_alike_dash = « { $value } » contient { $character } au caractère { $position }, là où une date a un trait d'union : ce n'est pas le trait d'union simple (-) d'une date année-mois-jour. Écrivez la date avec des traits d'union simples : { $plain }
dates-look_alike_dash_form = « { $value } » contient { $character } au caractère { $position }, là où une date a un trait d'union, et non le trait d'union simple (-). Écrite avec des traits d'union simples : { $reason }
