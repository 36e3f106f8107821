# Messages that count (English), written by hand: CLDR plural rules choose the form. Same ids and variables as
# ../fr/plurals.ftl. Not produced from the TOML catalogue: a TOML key of the same name is left out by the converter.

decl-chain_size = { $sites ->
    [one] { $sites } site
   *[other] { $sites } sites
}, { $depth ->
    [one] { $depth } tier deep
   *[other] { $depth } tiers deep
}
picture-caption = { $count ->
    [one] { $count } site and its links.
   *[other] { $count } sites and their links.
}
dashboard-unvalued = { $count ->
    [one] { $count } goods line carries no value and is left out of the spend.
   *[other] { $count } goods lines carry no value and are left out of the spend.
}
case-overdue_count = { $count ->
    [one] { $count } notice past its response deadline without a response
   *[other] { $count } notices past their response deadline without a response
}
chain-tier_sites = { $count ->
    [one] { $count } site
   *[other] { $count } sites
}
chain-tier_high = { $count } high
chain-tier_critical = { $count } critical
chain-tier_selected = { $count ->
    [one] { $count } matches the filter
   *[other] { $count } match the filter
}
chain-tier_elsewhere = Show its sites (page { $page })
chain-shown = Sites shown: { $first }–{ $last } of { $total }
chain-shown_filtered = Sites shown: { $first }–{ $last } of { $total } matching the filter ({ $all } in the chain)
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
    [one] { $count } item
   *[other] { $count } items
}):
model-valid = model { $version }: valid
model-problems = model { $version }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
model-gap-no_advancement = no advancement level → the points of a country ILAB has not assessed (“{ $no_assessment }”, { $points })
model-gap-unweighed_level = advancement level “{ $level }” has no points in the model → the points of “{ $no_assessment }” ({ $points })
model-gap-no_child_share = no share of working children → the ILO–UNICEF estimate for { $world ->
    [yes] the world
   *[no] { $region }
} ({ $share } of children aged 5–17)
model-gap-no_region = no region → forced labour: the world prevalence, { $points } points
model-gap-region_without_ilo = region “{ $region }” has no ILO region → forced labour: the world prevalence, { $points } points
model-missing-country = { $country } ({ $code }, line { $line } of ilab_countries.csv): { $gaps }; goods ILAB lists for it: { $has_goods ->
    [yes] { $goods }
   *[no] none
}
model-missing-outside_ilab = { $count ->
    [one] { $count } country
   *[other] { $count } countries
} outside ILAB's country findings → child labour: the ILO–UNICEF estimate for { $world ->
    [yes] the world
   *[no] { $region }
} ({ $share } of children aged 5–17); forced labour: the world prevalence, { $points } points: { $codes }
model-missing-index_without_figure = country index, line { $line }: { $name } has no figure → the index adds nothing for it

# `chainon screening import` and `chainon screening lists`.
screening-cli_already = { $name }: already imported as edition { $id } ({ $list }, version { $version })
screening-cli_imported = { $name }: edition { $id } ({ $list }, version { $version }), { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}: { $added } added, { $removed } removed, { $changed } changed
screening-cli_rescreened = re-screened { $declarations ->
    [one] { $declarations } declaration
   *[other] { $declarations } declarations
} ({ $parties ->
    [one] { $parties } party
   *[other] { $parties } parties
}): { $hits ->
    [one] { $hits } hit
   *[other] { $hits } hits
}, { $alerts ->
    [one] { $alerts } new alert
   *[other] { $alerts } new alerts
}
screening-cli_reconciled = reconciled: { $closed ->
    [one] { $closed } open hit closed
   *[other] { $closed } open hits closed
} (entry no longer on the list as matched), { $lifted ->
    [one] { $lifted } effect lifted
   *[other] { $lifted } effects lifted
}, { $reassessed ->
    [one] { $reassessed } declaration re-assessed
   *[other] { $reassessed } declarations re-assessed
}
screening-cli_refused = { $name }: refused, nothing stored
screening-cli_no_list = no list imported (chainon screening import --list KIND FILE)
screening-cli_entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
