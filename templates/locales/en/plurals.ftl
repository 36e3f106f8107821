# Messages that count (English), written by hand: CLDR plural rules choose the form. Same ids and variables as
# ../fr/plurals.ftl. Not produced from the TOML catalogue: a TOML key of the same name is left out by the converter.

decl-chain_size = { $sites ->
    [0] no sites
    [one] { $sites } site
   *[other] { $sites } sites
}, { $depth ->
    [one] { $depth } tier deep
   *[other] { $depth } tiers deep
}
picture-caption = { $count ->
    [0] No sites.
    [one] { $count } site and its links.
   *[other] { $count } sites and their links.
}
dashboard-unvalued = { $count ->
    [0] No goods line is without a value.
    [one] { $count } goods line carries no value and is left out of the spend.
   *[other] { $count } goods lines carry no value and are left out of the spend.
}
case-overdue_count = { $count ->
    [0] no notices past their response deadline without a response
    [one] { $count } notice past its response deadline without a response
   *[other] { $count } notices past their response deadline without a response
}
chain-tier_sites = { $count ->
    [0] no sites
    [one] { $count } site
   *[other] { $count } sites
}
chain-tier_high = { $count ->
    [0] none high
   *[other] { $count } high
}
chain-tier_critical = { $count ->
    [0] none critical
   *[other] { $count } critical
}
chain-tier_selected = { $count ->
    [one] { $count } matches the filter
   *[other] { $count } match the filter
}
chain-tier_elsewhere = Show its sites (page { $page })
chain-shown = Sites shown: { $first }–{ $last } of { $total }
chain-shown_filtered = Sites shown: { $first }–{ $last } of { $total } matching the filter ({ $all } in the chain)
decl-findings_past_end = { $count ->
    [one] { $count } finding is about a site of the chain: it is listed with that site's page ({ $pages ->
        [one] page 1
       *[other] pages 1 to { $pages }
    }), not past the last page.
   *[other] { $count } findings are about sites of the chain: each is listed with its site's page ({ $pages ->
        [one] page 1
       *[other] pages 1 to { $pages }
    }), not past the last page.
}
decl-findings_on_other_pages = { $count ->
    [one] { $count } more finding is about a site on another page of the chain: it is listed with that page.
   *[other] { $count } more findings are about sites on other pages of the chain: each is listed with its page.
}
compare-choose_hint = Up to { $max } bids side by side; without a choice, the { $default } best ranked.
compare-showing = { $total ->
    [one] { $shown } of { $total } bid side by side.
   *[other] { $shown } of { $total } bids side by side.
}
compare-capped = { $asked } bids were chosen; only { $max } fit side by side: the { $max } best ranked of them are shown.
rank-by_disclosure = Level with { $other } on forced and child labour; before it on disclosure ({ $this ->
    [one] { $this } gap
   *[other] { $this } gaps
} against { $that }).
rank-disclosure_gaps = { $gaps ->
    [one] { $gaps } disclosure gap
   *[other] { $gaps } disclosure gaps
}; { $missing ->
    [one] { $missing } good without a place of work
   *[other] { $missing } goods without a place of work
}
wait-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
wait-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
compare-replaced = Declaration #{ $asked } was replaced by its bidder: its current declaration, #{ $current }, is shown instead.
# `chainon model check`.
model-missing_data = Missing data and the fallback applied ({ $count ->
    [0] no items
    [one] { $count } item
   *[other] { $count } items
}):
model-valid = model { $version }: valid
model-problems = model { $version }: { $count ->
    [0] no problems
    [one] { $count } problem
   *[other] { $count } problems
}
model-gap-no_advancement = no advancement level → the points of a country ILAB has not assessed (“{ $no_assessment }”, { $points })
model-gap-unweighed_level = advancement level “{ $level }” has no points in the model → the points of “{ $no_assessment }” ({ $points })
model-gap-no_child_share = no share of working children → the ILO–UNICEF estimate for { $world ->
    [yes] the world
   *[no] { $region }
} ({ $share } of children aged 5–17)
model-gap-income_estimate = no advancement level, and the country is in the World Bank's “{ $group }” group, most of whose countries ILAB's mandate leaves out → the ILO–UNICEF estimate for that group ({ $share } of children aged 5–17), in place of the points of a country ILAB has not assessed and of the regional estimate
model-gap-no_region = no region → forced labour: the world prevalence, { $points } points
model-gap-region_without_ilo = region “{ $region }” has no ILO region → forced labour: the world prevalence, { $points } points
model-missing-country = { $country } ({ $code }, line { $line } of ilab_countries.csv): { $gaps }; goods ILAB lists for it: { $has_goods ->
    [yes] { $goods }
   *[no] none
}
model-missing-outside_ilab = { $count ->
    [one] { $count } country
   *[other] { $count } countries
} not assessed by ILAB (no row in its country findings) → child labour: the points of a country ILAB has not assessed (“{ $no_assessment }”, { $advancement }) and the ILO–UNICEF estimate for { $world ->
    [yes] the world
   *[no] { $region }
} ({ $share } of children aged 5–17); forced labour: { $forced_world ->
    [yes] the world prevalence
   *[no] the ILO estimate for { $forced_region }
}, { $prevalence } per 1,000 people, { $points } points: { $codes }
model-missing-outside_ilab_income = { $count ->
    [one] { $count } country
   *[other] { $count } countries
} of the World Bank's “{ $group }” group not assessed by ILAB (no row in its country findings, whose mandate leaves out most countries of the group) → child labour: the ILO–UNICEF estimate for the group ({ $share } of children aged 5–17), in place of the points of a country ILAB has not assessed and of the regional estimate; forced labour: { $forced_world ->
    [yes] the world prevalence
   *[no] the ILO estimate for { $forced_region }
}, { $prevalence } per 1,000 people, { $points } points: { $codes }
model-missing-index_without_figure = country index, line { $line }: { $name } has no figure → the index adds nothing for it
# `chainon model diff` and `chainon import`.
model-diff_summary = Model { $old } → { $new }: { $count ->
    [0] no declarations re-scored
    [one] { $count } declaration re-scored
   *[other] { $count } declarations re-scored
}, { $changed ->
    [0] none changed
   *[other] { $changed } changed
}
model-diff_declaration = Declaration { $declaration_id } — { $supplier }
model-diff_scope_overall = Overall
model-diff_scope_category = Goods category { $category }
model-diff_scope_site = Site { $site }
model-diff_change = { $scope } — { $kind }: { $old } → { $new }
model-diff_side = { $band } { $score }
model-diff_absent = not in { $version }
model-diff_no_site = no site in this category under { $version }
model-diff_factor = { $label } ({ $points })
model-diff_finding_gone = Finding gone: { $finding } ({ $place })
model-diff_finding_new = New finding: { $finding } ({ $place })
import-summary = { $count ->
    [0] no declarations
    [one] { $count } declaration
   *[other] { $count } declarations
} in { $files ->
    [0] no files
    [one] { $files } file
   *[other] { $files } files
}: { $stored ->
    [0] none stored
   *[other] { $stored } stored
}, { $duplicates ->
    [0] none already stored
   *[other] { $duplicates } already stored
}, { $refused ->
    [0] none refused
   *[other] { $refused } refused
}
import-counts = { $findings ->
    [0] no findings
    [one] { $findings } finding
   *[other] { $findings } findings
}, { $warnings ->
    [0] no warnings
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
import-stored = { $file }: stored as declaration { $id }{ $superseding ->
    [yes] , superseding declaration { $superseded }
   *[no] {""}
} (forced labour: { $forced_band } { $forced }; child labour: { $child_band } { $child }; { $counts })
import-duplicate = { $file }: already stored as declaration { $id }
import-refused = { $file }: refused, nothing stored
import-portfolio_line = { $file }, line { $line }
# `chainon model check` and `chainon model derive`: the model's problems.
model-file = { $file ->
    [ilab_goods] ILAB's list of goods
    [ilab_countries] ILAB's country findings
    [ilo_estimates] the ILO regional estimates
    [country_index] the country index
   *[entity_list] the entity list
}
model-empty_part = { $why ->
    [empty] it is empty
    [padded] it begins or ends with a space
    [double_space] two spaces in a row
    [empty_quote] a quotation, bracket or list item with nothing inside
   *[dangling] it begins or ends with punctuation that announces a value
}
model-problem-row_without_key = { $file }, line { $line }: the good or the country is empty; the row is left out
model-problem-unknown_country = { $file }, line { $line }: country “{ $name }” does not resolve to ISO 3166; it is left out
model-problem-not_yes_no = ILAB's list of goods, line { $line }: { $good } — { $country }: { $count ->
    [one] column { $columns } must be Yes or No
   *[other] columns { $columns } must be Yes or No
}; the row is left out
model-problem-derived_without_country = ILAB's list of goods, line { $line }: { $good } — { $country } is a derived listing without the country of its input; the row is left out
model-problem-derived_without_input = ILAB's list of goods, line { $line }: derived good “{ $good }” has no input in model.toml
model-problem-share_not_fraction = ILAB's country findings, line { $line }: { $country }: the share of working children “{ $raw }” is not a number from 0 to 1
model-problem-estimate_unreadable = the ILO regional estimates, line { $line }: a region and a number of 0 or more are needed
model-problem-index_not_number = the country index, line { $line }: “{ $raw }” is not a number of 0 or more
model-problem-alias_unknown_good = alias “{ $alias }” names “{ $good }”, which is not an ILAB good of this edition
model-problem-device_unknown_good = device good “{ $good }” (the model's list of devices, model.toml) is not an ILAB good of this edition
model-problem-common_word_phrase = { $kind ->
    [keyword] the keyword “{ $phrase }” of category “{ $target }”
   *[alias] the alias “{ $phrase }” of “{ $target }”
 } is only common words of English or French and would match ordinary text (“or” is gold in French, a conjunction in English): it is not used; write a phrase that names the goods
model-problem-names_unreadable = risk_models/names_fr.csv cannot be read: { $detail }
model-problem-no_french_name = { $kind ->
    [good] ILAB good
    [level] ILAB advancement level
    [ilo_region] ILO region
    [income_group] World Bank income group
   *[sdg_region] SDG region
} “{ $name }” ({ $file }{ $has_line ->
    [yes] , line { $line }
   *[no] {""}
}) has no French name in risk_models/names_fr.csv
model-problem-level_without_points = ILAB advancement level “{ $level }” ({ $country }) has no points in the model
model-problem-category_unnamed = category “{ $code }” needs a name in English and in French
model-problem-region_unlabelled = the region of { $country } needs a label in English and in French and a source
model-problem-index_measure_unnamed = the country index needs its measure in English and in French
model-problem-category_unknown_good = category “{ $code }” names “{ $good }”, which is not an ILAB good of this edition
model-problem-category_unreachable = category “{ $code }” cannot be reached: no code and no keyword
model-problem-material_unknown_good = material “{ $material }” names “{ $good }”, which is not an ILAB good of this edition
model-problem-family_unknown_good = family of goods “{ $family }” names “{ $good }”, which is not an ILAB good of this edition
model-problem-material_input_not_typical = category “{ $code }” gives “{ $good }” as a material input, which is not one of its typical inputs
model-problem-finished_good_as_input = “{ $code }” takes the finished good “{ $good }” as an input: goods are made of materials and parts, not of other finished goods (the model's list of finished goods, model.toml)
model-problem-finished_unknown_good = finished good “{ $good }” (the model's list of finished goods, model.toml) is not an ILAB good of this edition
model-problem-reading_word_empty = model.toml, [goods_reading] { $list }: a word is empty once folded (accents, case and punctuation left out) and reads nothing
model-problem-reading_word_names_goods = model.toml, [goods_reading] { $list }: “{ $word }” names goods the model reads (“{ $names }”): goods written with it would be read as no goods
model-problem-reading_word_in_two_lists = model.toml, [goods_reading]: “{ $word }” is in { $list } and in { $other }, which read it in opposite ways
model-problem-qualifier_not_keyword = model.toml, [goods_reading] { $list }: “{ $word }” is no keyword of one word of any category, so it ranks nothing
model-problem-reading_key_without_data = model.toml: “{ $key }” is on but “{ $data }” is empty or absent, so the rule does nothing or not what the model card says
model-problem-weight_out_of_range = weight “{ $name }” = { $value } is outside 0–{ $max }
model-problem-index_points_out_of_range = the country index must add 0–100 points, at a rate of 0 or more per unit
model-problem-entity_points_out_of_range = the entity list's points ({ $points }) are outside 0–100
model-problem-source_unused = source “{ $key }” is listed but nothing in the model uses it
model-problem-source_unrecorded = source “{ $key }” must record its edition and its licence
model-problem-floor_above_medium = the listed forced-labour floor must stay within the medium band
model-problem-ilo_region_without_prevalence = ILO region “{ $region }” has no forced-labour prevalence
model-problem-ilab_region_without_ilo = ILAB region “{ $region }” ({ $country }) has no ILO region
model-problem-empty_label_part = { $what ->
    [finding] finding
   *[factor] factor
} “{ $code }” has { $of ->
    [fr] a French
   *[en] an English
} label with an empty part ({ $why }): “{ $text }”
model-derive_refused = model { $version }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; nothing was written

# `chainon screening import` and `chainon screening lists`.
screening-cli_already = { $name }: already imported as { $edition }
screening-cli_imported = { $name }: { $edition }, { $entries ->
    [0] no entries
    [one] { $entries } entry
   *[other] { $entries } entries
}: { $added ->
    [0] none added
   *[other] { $added } added
}, { $removed ->
    [0] none removed
   *[other] { $removed } removed
}, { $changed ->
    [0] none changed
   *[other] { $changed } changed
}
screening-cli_rescreened = re-screened { $declarations ->
    [0] no declarations
    [one] { $declarations } declaration
   *[other] { $declarations } declarations
} ({ $parties ->
    [0] no parties
    [one] { $parties } party
   *[other] { $parties } parties
}): { $hits ->
    [0] no hits found
    [one] { $hits } hit found
   *[other] { $hits } hits found
}, { $alerts ->
    [0] no alerts raised
    [one] { $alerts } alert raised
   *[other] { $alerts } alerts raised
} ({ $new ->
    [0] none new
   *[other] { $new } new
}, { $reopened ->
    [0] none asked again
   *[other] { $reopened } asked again
}: entry changed or listed again)
# What an import's re-screening did, each count by what happened.
screening-run_hits = hits stored: { $added ->
    [0] none new
   *[other] { $added } new
}, { $changed ->
    [0] none asked again
   *[other] { $changed } asked again
} (entry changed), { $reopened ->
    [0] none re-opened
   *[other] { $reopened } re-opened
} (entry listed again as matched), { $remembered ->
    [0] none given a decision already taken
   *[other] { $remembered } given a decision already taken
}; { $restated ->
    [0] no decided hits set to the latest decision on their entry
    [one] { $restated } decided hit set to the latest decision on its entry
   *[other] { $restated } decided hits set to the latest decision on their entry
}
screening-run_closed = open hits closed: { $removed ->
    [0] none
   *[other] { $removed }
} (entry removed from the list), { $replaced ->
    [0] none
   *[other] { $replaced }
} (entry changed)
screening-run_effects = effects of confirmed hits: { $applied ->
    [0] none applied
   *[other] { $applied } applied
}, { $lifted ->
    [0] none lifted
   *[other] { $lifted } lifted
}, { $changed ->
    [0] none changed
   *[other] { $changed } changed
}; { $reassessed ->
    [0] no declarations re-assessed
    [one] { $reassessed } declaration re-assessed
   *[other] { $reassessed } declarations re-assessed
}
# The edition's page right after an import from the form: what the new edition changed.
screening-import_diff = { $first ->
    [yes] Imported as the list's first edition: { $added ->
        [0] no entries
        [one] { $added } entry
       *[other] { $added } entries
    }.
   *[no] Against the previous edition: { $added ->
        [0] no entries added
        [one] { $added } entry added
       *[other] { $added } entries added
    }, { $removed ->
        [0] none removed
       *[other] { $removed } removed
    }, { $changed ->
        [0] none changed
       *[other] { $changed } changed
    }.
}
screening-cli_refused = { $name }: refused, nothing stored
screening-cli_no_list = no list imported (chainon screening import --list KIND FILE)
screening-cli_hits_more = Hits written: { $shown } of { $total } (newest first, from number { $first }); the next with --offset { $next }
screening-cli_entries = { $count ->
    [0] no entries
    [one] { $count } entry
   *[other] { $count } entries
}
# `chainon assess --format text`: an assessment for people (`reports::explain::assessment_text`).
assess_text-head = { $supplier }: declaration of { $date } — risk model { $version }
assess_text-overall = Declaration, { $kind }: { $band } { $score }
assess_text-sites = { $count ->
    [0] no sites
    [one] { $count } site
   *[other] { $count } sites
}
assess_text-site = { $site } ({ $place }) — tier { $tier }, { $role }
assess_text-score = { $kind }: { $band } { $score }
assess_text-factor = { $points } { $label }
assess_text-factor_sourced = { $points } { $label } [{ $source }]
assess_text-source = source: { $dataset }, { $edition }{ $has_line ->
    [yes] , line { $line }
   *[no] {""}
}
assess_text-findings = { $count ->
    [0] No findings
    [one] { $count } finding
   *[other] { $count } findings
}
assess_text-finding = { $finding } ({ $place })
assess_text-warnings = { $count ->
    [one] { $count } remark from reading the file (it was accepted)
   *[other] { $count } remarks from reading the file (it was accepted)
}

# Refusals of the command line (`cli::args`): clap's errors in words, in the language `--lang` asks for or in both.
cli-error = error: { $message }
cli-help_hint = The commands and their options: chainon --help, chainon COMMAND --help.
cli-expect_head = --expect-head “{ $given }” is not a head hash: give the 64 hexadecimal digits chainon audit verify printed as the head (either case); the log was not checked against it
cli-audit_limit = --limit 0 would print no entry: give how many entries to print, 1 or more
cli-screening_hits_limit = --limit { $given } is outside the paging rule: give how many hits to print, 1 to { $max }
cli-screening_hits_offset = --offset { $given } is past the furthest a list starts ({ $max }): give an offset of { $max } or less
# `chainon audit verify`: what it found, for people (`--lang`).
audit_verify-edited = entry { $seq }: edited: its content no longer matches its hash
audit_verify-missing = entry { $seq }: entries from { $expected } are missing before it
audit_verify-unchained = entry { $seq }: out of the chain: the entry before it was removed, inserted or moved
audit_verify-head_missing = the recorded head { $head } is no longer in the log: its tail was cut or rewritten
audit_verify-summary = { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}, { $intact ->
    [yes] intact
   *[no] NOT intact
}; head { $seq } { $hash }
cli-no_database = no database at { $path }: this command reads an existing database and creates none. Name it with --database or CHAINON_DATABASE_URL (e.g. sqlite:///srv/chainon/chainon.sqlite3 or postgres://user@host/chainon), or create it first with chainon serve or chainon import. Nothing was created.
cli-database_not_url = “{ $given }” is not a database URL: name an SQLite file as { $url } (or sqlite:///srv/chainon/chainon.sqlite3 for an absolute path) and PostgreSQL as postgres://user@host/chainon, with --database or CHAINON_DATABASE_URL. Nothing was opened or created.
cli-no_model = no model “{ $name }”: it is no folder, no version shipped with chainon ({ $shipped }), and no version folder in { $looked }
cli-file = { $doing ->
    [write] writing
   *[read] reading
} { $path }: { $why ->
    [not_found] no such file or folder
    [denied] permission denied
    [directory] this is a folder, not a file
   *[other] { $detail }
}
cli-args = { $kind ->
    [invalid_value] invalid value “{ $value }” for { $arg }{ $has_valid ->
        [yes] ; accepted: { $valid }
       *[no] {""}
    }
    [unknown_argument] unknown argument “{ $arg }”{ $has_suggested ->
        [yes] ; did you mean “{ $suggested }”?
       *[no] {""}
    }
    [invalid_subcommand] unknown command “{ $subcommand }”{ $has_suggested ->
        [yes] ; did you mean “{ $suggested }”?
       *[no] {""}
    }
    [no_equals] { $arg } takes its value after an equals sign ({ $arg }=VALUE)
    [value_validation] invalid value “{ $value }” for { $arg }
    [number_of_values] wrong number of values for { $arg }
    [argument_conflict] { $arg } cannot be given with { $prior }
    [missing_argument] missing: { $arg }
    [missing_subcommand] a command is needed ({ $valid_subcommands })
    [invalid_utf8] an argument is not valid UTF-8 text
   *[other] the command line cannot be read
}
cli-lang_with_json = --lang chooses the language of the text or HTML report (--format text, --format html); the JSON output writes each explanation in English and French
cli-settings = reading the settings: { $detail }

# A page past the last page of a list (every paged list's one rule): no rows, how many there are, which page is the
# last, and a link to it.
list-past_end = { $total ->
    [one] This page is past the last one: one declaration matches, on page { $pages }.
   *[other] This page is past the last one: { $total } declarations match, and the last page is { $pages }.
}
graph-matches_past_end = { $total ->
    [one] This page is past the last one: one pair is proposed, on page { $pages }.
   *[other] This page is past the last one: { $total } pairs are proposed, and the last page is { $pages }.
}
graph-results_past_end = { $total ->
    [one] This page is past the last one: one facility is found, on page { $pages }.
   *[other] This page is past the last one: { $total } facilities are found, and the last page is { $pages }.
}
screening-past_end = This page is past the last one: the last page is { $pages }.
chain-past_end = { $total ->
    [one] This page is past the last one: the one site selected is on page { $pages }.
   *[other] This page is past the last one: the { $total } sites selected end on page { $pages }.
}
list-last_page = Go to the last page ({ $page })
screening-open_tally = { $decisions ->
    [0] No decision to take
    [one] { $decisions } decision to take
   *[other] { $decisions } decisions to take
}{ $left ->
    [0] { $decisions ->
        [0] .
       *[other] , one for each open hit.
    }
   *[other] {" "}for { $open_hits } open hits: { $settled } settled with another hit by the same decision (same entry and party), { $replaced ->
        [0] none of a declaration since replaced
        [one] { $replaced } of a declaration since replaced
       *[other] { $replaced } of declarations since replaced
    } (closed at the next intake, nothing to decide).
}
screening-filters_leave_out = { $left ->
    [0] The filters leave out none of the { $all } hits of this status.
    [one] The filters leave out { $left } of the { $all } hits of this status.
   *[other] The filters leave out { $left } of the { $all } hits of this status.
}
model-error_read = reading the model's file { $file }: { $why ->
    [not_found] no such file or folder
    [denied] permission denied
    [directory] this is a folder, not a file
   *[other] { $detail }
}
