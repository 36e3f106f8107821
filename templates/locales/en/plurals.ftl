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
