# Les problèmes d'un fichier de liste, leur place, et les refus des pages et de l'API de filtrage (`web/screening.rs`).

screening-problem-file = le fichier
screening-problem-line = ligne { $line }
screening-problem-line_column = ligne { $line }, colonne { $column }
screening-problem-at = { $place } : { $message }
screening-problem-at_field = { $place } ({ $field }) : { $message }
screening-refused-older_twice = older : la requête dit « { $query } » et la partie du formulaire « { $form } » : le dire une fois, ou de même dans les deux. Rien n'a été enregistré.
screening-refused-list = « list » doit être l'une de { $codes }
screening-refused-published = « published » doit être une date écrite AAAA-MM-JJ, et non « { $given } »
screening-refused-source_twice = La source de l'édition est donnée à la fois dans la requête et dans la partie « { $part } » du formulaire : la donner à un seul endroit. Rien n'a été enregistré.
screening-refused-change = « change » doit être added, removed, changed ou all
screening-refused-search = « q » doit compter au plus { $max } caractères
screening-refused-status = « status » doit être { $choices } ou all
screening-refused-note = « note » dépasse { $max } caractères
screening-refused-decision = le champ decision « { $given } » du formulaire : utiliser confirm ou dismiss ; rien n'a été modifié
screening-refused-choose_list = Choisissez la liste dont le fichier est une édition : { $names }. Rien n'a été enregistré.
screening-refused-published_form = « { $given } » n'est pas une date : écrivez la date de l'éditeur sous la forme AAAA-MM-JJ (2026-11-30), ou laissez-la vide pour aujourd'hui. Rien n'a été enregistré.
