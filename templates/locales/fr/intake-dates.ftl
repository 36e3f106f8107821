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
