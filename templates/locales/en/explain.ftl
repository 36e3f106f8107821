# Explanations of scores (English), written by hand in Fluent: each factor's code is a message `factor-CODE`, its
# parameters are the message's variables. Numbers arrive as numbers and are written by CLDR's rules for en-CA.
# Names of the data (goods, levels, regions) arrive already in the reader's language. Same ids and variables as
# ../fr/explain.ftl (a test checks).

kind-forced_labour = forced labour
kind-child_labour = child labour

factor-listed_good = ILAB lists { $good } { $country_from } for { $kind }
factor-derived_good = ILAB lists { $good } { $country_from } for { $kind }: made with { $input } from { $input_country }
factor-forced_prevalence = Forced labour in the { $region } region: { $prevalence } per 1,000 people (ILO regional estimate){ $has_per ->
    [yes] , { $per } points per 1 in 1,000
   *[no] {""}
}
factor-world_prevalence = { $because ->
    [not_assessed] { $country }: not assessed by ILAB; the world forced-labour prevalence applies ({ $prevalence } per 1,000 people)
    [no_region] { $country }: no ILO region; the world forced-labour prevalence applies ({ $prevalence } per 1,000 people)
   *[no_estimate] No ILO forced-labour estimate for the { $region } region: the world prevalence applies, { $prevalence } per 1,000 people
}{ $has_per ->
    [yes] , { $per } points per 1 in 1,000
   *[no] {""}
}
factor-child_context = { $has ->
    [both] { $country }: { $level } in eliminating the worst forms of child labour; { $share } of children aged 5–14 work
    [level] { $country }: { $level } in eliminating the worst forms of child labour
   *[share] { $country }: { $share } of children aged 5–14 work
}
factor-unassessed_level = { $has_level ->
    [yes] { $country }: ILAB's level “{ $level }” has no points in the model: those of a country ILAB has not assessed apply
   *[no] { $country }: not assessed by ILAB (no findings on the worst forms of child labour); the points of a country ILAB has not assessed apply
}
factor-regional_estimate = { $in_ilab ->
    [yes] { $country }: ILAB gives no share of working children
   *[no] { $country }: outside ILAB's country findings
}; the ILO–UNICEF estimate for { $world ->
    [yes] the world
   *[no] { $region }
} applies ({ $share } of children aged 5–17 in child labour)
factor-income_estimate = { $country }: { $in_ilab ->
    [yes] not assessed by ILAB (no findings on the worst forms of child labour)
   *[no] outside ILAB's country findings
}. ILAB's findings cover the countries eligible for US trade preferences, a mandate that leaves out most of the World Bank's “{ $group }” group; the ILO–UNICEF estimate for that group applies { $country_in } ({ $share } of children aged 5–17 in child labour)
factor-country_index = { $listing ->
    [yes] { $country }: { $value ->
        [one] { $value } good on the ILAB list for forced labour made in the country
       *[other] { $value } goods on the ILAB list for forced labour made in the country
    } { $rule }
   *[no] { $country }: { $value } { $measure }
}
factor-listed_entity = { $entity } is on the { $list }: goods it makes are presumed made with forced labour
factor-screening_hit = Confirmed on the { $list }: { $entry }{ $detail } — forced-labour risk critical
factor-region = { $label }{ $has_read ->
    [yes] {" "}(the site's text “{ $text }” { $how ->
        [look_alike] is written in letters of another alphabet drawn like Latin ones, read as “{ $read }”
        [initials] is an abbreviation written with points or spaces, read as “{ $read }”
        [script] is written in another script, read as “{ $read }”
       *[name] is a name of the places table in another script
    }: a name of { $place })
   *[no] {""}
}
factor-region_floor = Goods made in the region are presumed made with forced labour by law, whatever the goods: the score is at least { $floor }, before and after due diligence
factor-upstream = Risk carried from { $supplier }{ $has_listed ->
    [yes] {" "}({ $listed })
   *[no] {""}
}{ $has_region ->
    [yes] {" "}(it carries the legal presumption of forced labour of { $region })
   *[no] {""}
}{ $has_carried ->
    [yes] : { $has_points ->
        [yes] its score before due diligence and before the cap of 100, { $points }
       *[no] its score before due diligence, { $score }
    }{ $has_context ->
        [yes] , less its own country context, { $context } (counted once, at its own line),
       *[no] ,
    } carries { $carried }{ $capped ->
        [yes] {" "}(capped at 100)
       *[no] {""}
    } × { $decay } per tier (the declaration's due diligence counts once, here)
   *[no] { $has_score ->
        [yes] : its score before due diligence × { $decay } per tier, { $score }{ $has_context ->
            [yes] {" "}less its own country context, { $context } (counted once, at its own line), × { $decay }
           *[no] {" "}× { $decay }
        } (the declaration's due diligence counts once, here)
       *[no] {" "}(× { $decay } per tier)
    }
}
factor-presumption_carried = The legal presumption of forced labour of { $region } comes down the chain through { $supplier }: the score is at least { $floor } (the region's floor × the decay of each tier), before and after due diligence
factor-presumed_producer = The origin of { $good } is not disclosed: it is presumed to come from its riskiest producer, one { $country_in }, where ILAB lists it for { $kind }{ $derived ->
    [yes] {" "}(as a good made with a listed input)
   *[no] {""}
}, which would score { $score } on its own line (the listing, { $listed }, and its country's context, { $context }); disclosing that producer would put its score in the declaration, so the site scores at least that
carried_region = { $has_region ->
    [yes] the { $region } region ({ $country })
   *[no] { $country }
}
factor-local_input = { $declared ->
    [yes] Declared input
   *[no] Typical input
} { $good } is on the ILAB list for { $kind } { $country_in }, where the site is, { $supplied ->
    [yes] and its declared suppliers carry less: the site is where the good is listed, and one declared tier does not show that all of it comes from elsewhere
   *[no] and no supplier of it is declared
}
factor-undisclosed_input = { $declared ->
    [yes] Declared input
   *[no] Typical input
} { $good } is on the ILAB list for { $kind } ({ $listings ->
    [one] one listing
   *[other] { $listings } listings
}: { $countries }{ $others ->
    [0] {""}
    [one] {" "}and one other
   *[other] {" "}and { $others } others
}) { $supplied ->
    [yes] and { $open ->
        [0] its declared suppliers do not establish where it comes from
        [one] its declared supplier does not establish where it comes from: { $suppliers }
       *[other] its declared suppliers do not establish where it comes from: { $suppliers }
    }; its origin counts as unknown, and unknown is not low
   *[no] and its origin is not disclosed: unknown is not low
}{ $presumed ->
    [yes] ; it is presumed to come from the worst country where ILAB lists it, carried as a producer there would carry it, so that hiding a source never scores below disclosing it
   *[no] {""}
}
# The supplier a factor names: by its name and reference, or — in the JSON of `chainon assess`, where one entry of the
# factors stands for every factor that differs only by its supplier sites — as the site listed with the factor.
supplier-upstream = supplier site { $site_name } ({ $site })
supplier-listed-upstream = the supplier site listed with this factor
supplier-presumption_carried = supplier site { $site_name } ({ $site })
supplier-listed-presumption_carried = the supplier site listed with this factor
supplier-open = { $site_name } ({ $site })
supplier-listed-open = the supplier listed in position { $position } with this factor
open_supplier = { $supplier } { $because ->
    [passes_on_unknown] takes it in, and its own suppliers of it do not establish where it comes from
    [makes_nothing] is a warehouse or trader: it makes nothing, so it is no origin
    [not_assessed] is { $country_in }, a country ILAB publishes no findings on
    [no_declared_input] makes it from no input it declares
    [not_grown_there] is { $country_in }, where ILAB lists neither it nor a good of its kind: a country that does not grow, mine or fish it is no origin of it
   *[open_inputs] has inputs of its own whose origin is unknown
}{ $has_region ->
    [yes] {" "}— it is in { $region }, whose goods are presumed made with forced labour
   *[no] {""}
}
factor-unread_goods = The goods "{ $goods }"{ $material ->
    [yes] , made of "{ $made_of }", name no goods category or ILAB good the model knows: their material is read as an input of its own, and what they are is unknown
   *[no] {" "}name no goods category, ILAB good or material the model knows{ $evidence ->
        [yes] {""}
       *[no] , and no input is declared
    }: what they are made of is unknown
}, and unknown is not low (the model's fallback for goods it cannot read){ $evidence ->
    [yes] ; the ILAB list has { $listings ->
        [0] no listing for { $kind } { $country_in }, and the fallback stays at its base
        [one] one listing for { $kind } { $country_in }, and the fallback follows that evidence
       *[other] { $listings } listings for { $kind } { $country_in }, and the fallback follows that evidence
    }
   *[no] {""}
}
factor-unread_as_listed = Not read: weighed as the riskiest goods ILAB lists for { $kind } { $country_in }, { $good }{ $derived ->
    [yes] {" "}(listed because of an input made elsewhere)
   *[no] {""}
} ({ $listings ->
    [one] the one listing there
   *[other] one of { $listings } listings there
}), so that goods written in words the model cannot read never score below the goods it reads made there
factor-mitigation = { $withheld ->
    [refused] Due diligence ({ $practices }) is not credited: the supplier refuses to attest that no such labour is used, and a practice is no evidence where the outcome is not attested (it would have taken { $share } off)
    [missing] Due diligence ({ $practices }) is not credited: the supplier gives no attestation that no such labour is used, and a practice is no evidence where the outcome is not attested (it would have taken { $share } off)
   *[no] Due diligence lowers the residual risk by { $share } ({ $practices })
}{ $floored ->
    [yes] ; kept at medium: a listed forced-labour good is never mitigated below it
    [presumption] ; kept at the region's presumption floor: due diligence does not rebut the presumption of forced labour
   *[no] {""}
}{ $kept ->
    [yes] ; the region's presumption ({ $kept_points } points) stands whole: due diligence does not rebut it
   *[no] {""}
}
factor-cap = Scores stop at 100
factor-highest_site = Highest site: { $site_name } ({ $has_site ->
    [yes] { $site },{" "}
   *[no] {""}
}tier { $tier }, { $country }){ $has_listed ->
    [yes] {" "}— { $listed }
   *[no] {""}
}
factor-highest_site_listed = confirmed on the { $list }: { $entry }
factor-no_tier = —

practice-policy = written forced- and child-labour policy
practice-supplier_code = supplier code of conduct
practice-risk_assessment = risk assessment in the last 12 months
practice-social_audit = third-party social audits
practice-grievance_mechanism = grievance mechanism
practice-remediation = remediation process
practice-traceability_tiers = chain mapped to its declared depth
practice-training = staff training
practice-s211_report = S-211 report
practice-site_audit = site audited within 24 months

# A factor no dataset gives: the rule of the model it comes from, named in the Source cell.
source-rule-highest_site = model rule: a goods category's score, and the overall score, are those of its highest site
source-rule-upstream = model rule: a site carries its riskiest supplier site's score, lowered at each tier
source-rule-cap = model rule: scores stop at 100
source-rule-presumption_carried = model rule: a region's legal presumption of forced labour comes down the chain, its floor lowered at each tier
source-line = line { $line }
source-model_edition = Chaînon model { $version }
# A source's title by its dataset, for the French text of models without French titles (`edition_fr`, from 2022.4);
# English text shows the title as the source writes it, so this is said only in French. `$year`: the last year of the
# English title.
source-title_fr = { $dataset ->
    [ilab_goods] ILAB List of Goods Produced by Child Labor or Forced Labor{ $has_year ->
        [yes] , { $year }
       *[no] {""}
    }
    [ilab_countries] ILAB Findings on the Worst Forms of Child Labor{ $has_year ->
        [yes] , { $year }
       *[no] {""}
    }
    [ilo_regional_estimates] ILO, Walk Free and IOM Global Estimates of Modern Slavery; ILO and UNICEF Child Labour global estimates
    [income_groups] World Bank country classifications by income level
    [entity_list] the model's entity list
    [country_index] the model's country index
    [model] the sources of the region recorded in the model
   *[other] the model's source { $file }
}
# The entry of a keyed table behind a number: the indicator or key, and the region or level.
source-entry = { $key ->
    [forced_labour_prevalence] forced-labour prevalence
    [child_labour_share_5_17] share of children aged 5–17 in child labour
    [child_context_advancement] points of the advancement level
    [child_labour_share_5_17_income] share of children aged 5–17 in child labour, by national income group
    [region_floor] the region's presumption floor
    [unread_goods] the model's fallback for goods it cannot read
   *[mitigation] the model's mitigation
}{ $key ->
    [mitigation] {""}
    [region_floor] {""}
    [unread_goods] {""}
    [child_context_advancement] {" "}“{ $value }”
   *[other] , { $world ->
        [yes] world
       *[no] { $value }
    }
}

# Findings: each finding's code is a message `finding-CODE`, its parameters the message's variables.
finding-attestation_no = { $missing ->
    [yes] The right "{ $right }" is not attested: it is missing from the declaration
   *[no] The supplier does not attest the right "{ $right }"
}
finding-region_missing = Site { $site_name } ({ $country }) gives no region, and its city is not one the model places in { $regions }: whether the site is there could not be checked — ask for its province or region
finding-supply_cycle = These sites supply each other in a loop: { $sites }. Tiers beyond the loop are uncertain.
finding-unclassified_goods = { $on_site ->
    [yes] The goods "{ $goods }" of site { $site_name } fit no goods category of the model: give a UNSPSC or GSIN code
   *[no] The item "{ $goods }" fits no goods category of the model: give a UNSPSC or GSIN code
}
finding-region_city_mismatch = Site { $site_name } ({ $site }) is declared in the region “{ $declared }” and the city “{ $city }”, which is in { $region } ({ $country }): the region and the city disagree. It is scored in { $region }, where its city is — ask which is right
finding-region_presumption = Site { $site_name } is declared in { $region } ({ $country }): goods made there, wholly or in part, are presumed made with forced labour, whatever the goods and the supplier's due diligence — ask for evidence that rebuts the presumption, or for another source
finding-origin_undisclosed = Site { $site_name } { $has ->
    [presumed] is presumed, as a maker of its goods, to take in { $presumed } (typical { $presumed_count ->
        [one] input
       *[other] inputs
    } of its goods, not declared)
    [both] takes in { $declared }, and is presumed, as a maker of its goods, to take in { $presumed } (typical { $presumed_count ->
        [one] input
       *[other] inputs
    } of its goods, not declared)
   *[declared] takes in { $goods }
} — { $count ->
    [one] a good
   *[other] goods
} on the ILAB list — and no declared supplier establishes where { $count ->
    [one] it comes
   *[other] they come
} from: ask for the origin
finding-disclosure_gap = Site { $site_name } { $has ->
    [presumed] is presumed, as a maker of its goods, to take in { $presumed } (typical { $presumed_count ->
        [one] input
       *[other] inputs
    } of its goods, not declared)
    [both] takes in { $declared }, and is presumed, as a maker of its goods, to take in { $presumed } (typical { $presumed_count ->
        [one] input
       *[other] inputs
    } of its goods, not declared)
   *[declared] takes in { $goods }
} — { $count ->
    [one] a good
   *[other] goods
} on the ILAB list — and no site upstream of it is declared
finding-missing_place_of_work = { $category } require the place of work of their manufacture, and no site that makes them (manufacturing, final assembly or processing) is declared: the bid is non-responsive
finding-listed_entity = Site { $site } ({ $site_name }) matches { $entity } on the { $list } (line { $line }): confirm the identity and treat its goods as made with forced labour
# A finding said once for every site it applies to, in the said-once form of `chainon assess --format json`
# (`for_sites` lists the sites): the finding of the same code without the site's id and name.
finding-sites-region_missing = Each site listed, { $country_in }, gives no region, and its city is not one the model places in { $regions }: whether the site is there could not be checked — ask for its province or region
finding-sites-unclassified_goods = The goods "{ $goods }" of each site listed fit no goods category of the model: give a UNSPSC or GSIN code
finding-sites-region_city_mismatch = Each site listed is declared in the region “{ $declared }” and the city “{ $city }”, which is in { $region } ({ $country }): the region and the city disagree. It is scored in { $region }, where its city is — ask which is right
finding-sites-region_presumption = Each site listed is declared in { $region } ({ $country }): goods made there, wholly or in part, are presumed made with forced labour, whatever the goods and the supplier's due diligence — ask for evidence that rebuts the presumption, or for another source
finding-sites-origin_undisclosed = Each site listed { $has ->
    [presumed] is presumed, as a maker of its goods, to take in { $presumed } (typical { $presumed_count ->
        [one] input
       *[other] inputs
    } of its goods, not declared)
    [both] takes in { $declared }, and is presumed, as a maker of its goods, to take in { $presumed } (typical { $presumed_count ->
        [one] input
       *[other] inputs
    } of its goods, not declared)
   *[declared] takes in { $goods }
} — { $count ->
    [one] a good
   *[other] goods
} on the ILAB list — and no declared supplier establishes where { $count ->
    [one] it comes
   *[other] they come
} from: ask for the origin
finding-sites-disclosure_gap = Each site listed { $has ->
    [presumed] is presumed, as a maker of its goods, to take in { $presumed } (typical { $presumed_count ->
        [one] input
       *[other] inputs
    } of its goods, not declared)
    [both] takes in { $declared }, and is presumed, as a maker of its goods, to take in { $presumed } (typical { $presumed_count ->
        [one] input
       *[other] inputs
    } of its goods, not declared)
   *[declared] takes in { $goods }
} — { $count ->
    [one] a good
   *[other] goods
} on the ILAB list — and no site upstream of it is declared
finding-sites-listed_entity = Each site listed matches { $entity } on the { $list } (line { $line }): confirm the identity and treat its goods as made with forced labour
finding-ineligible_supplier = { $when ->
    [ended] { $entity } was on PSPC's list of ineligible and suspended suppliers{ $period ->
        [both] {" "}({ $from } – { $until })
        [from] {" "}(from { $from })
        [until] {" "}(until { $until })
       *[none] {""}
    }, edition { $edition }; the period ended on { $until }: the supplier is no longer ineligible, and the bid is responsive on this ground
    [future] { $entity } is on PSPC's list of ineligible and suspended suppliers{ $period ->
        [both] {" "}({ $from } – { $until })
        [from] {" "}(from { $from })
        [until] {" "}(until { $until })
       *[none] {""}
    }, edition { $edition }; the period starts on { $from }: the supplier will be ineligible from that day, and its bids are responsive on this ground until then
   *[now] { $entity } is on PSPC's list of ineligible and suspended suppliers{ $period ->
        [both] {" "}({ $from } – { $until })
        [from] {" "}(from { $from })
        [until] {" "}(until { $until })
       *[none] {""}
    }, edition { $edition }: under the Code of Conduct for Procurement and the Ineligibility and Suspension Policy the supplier may not be awarded a contract, and its bids are non-responsive
}
# The same finding when the listed party is not the bidder but a subcontractor: the operator of a site of the bid
# (or the site itself), matched to the entry. The Ineligibility and Suspension Policy bars a supplier from
# subcontracting with an ineligible or suspended supplier; the bidder is not itself ineligible.
finding-ineligible_subcontractor = { $when ->
    [ended] { $entity }, matched to site { $site } of this bid — a subcontractor, not the bidder — was on PSPC's list of ineligible and suspended suppliers{ $period ->
        [both] {" "}({ $from } – { $until })
        [from] {" "}(from { $from })
        [until] {" "}(until { $until })
       *[none] {""}
    }, edition { $edition }; the period ended on { $until }: the subcontractor is no longer ineligible, and the bid is responsive on this ground
    [future] { $entity }, matched to site { $site } of this bid — a subcontractor, not the bidder — is on PSPC's list of ineligible and suspended suppliers{ $period ->
        [both] {" "}({ $from } – { $until })
        [from] {" "}(from { $from })
        [until] {" "}(until { $until })
       *[none] {""}
    }, edition { $edition }; the period starts on { $from }: from that day the bid may not rely on this subcontractor, and it is responsive on this ground until then
   *[now] { $entity }, matched to site { $site } of this bid — a subcontractor, not the bidder — is on PSPC's list of ineligible and suspended suppliers{ $period ->
        [both] {" "}({ $from } – { $until })
        [from] {" "}(from { $from })
        [until] {" "}(until { $until })
       *[none] {""}
    }, edition { $edition }: under the Ineligibility and Suspension Policy a supplier may not subcontract with an ineligible or suspended supplier; this listing does not make the bidder itself ineligible, but the bid is non-responsive while it relies on this subcontractor
}
# Two confirmed ineligibilities in force on one bid, the bidder's own first: the one said before, then the next.
ineligibility-also = { $before }. Also: { $next }

# The kinds of measure of a forced-labour list entry that are words, not a section of an Act (CBP's lists).
list_section-WRO = Withhold Release Order
list_section-Finding = CBP Finding

# Where a finding is: the workbook's sheet names in this language, then the site ids, goods item, right or cell.
place-sheet = { $sheet }
place-sites = { $sheet }: { $sites }
place-goods = { $sheet }: { $item }
place-attestation = { $sheet }: { $right }
place-cell = { $sheet }!{ $cell }

# The model's entity list when the model gives it no edition.
factor-model_entity_list = entity list of the model

# A day inside a sentence (ISO 8601 stays in tables and forms).
date-long = { $month } { $day }, { $year }
# A moment: its day in words, the time of day as the language writes it, the zone.
date-time = { $date }, { $time } UTC
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# A list entry's measure as its publisher writes it (folded), in words: CBP's kinds of order, PSPC's measures under
# the Ineligibility and Suspension Policy (written in English or French in the list).
list_measure-wro = Withhold Release Order
list_measure-withhold_release_order = Withhold Release Order
list_measure-finding = CBP Finding
list_measure-ineligible = Ineligible
list_measure-ineligibility = Ineligibility
list_measure-inadmissible = Ineligible
list_measure-inadmissibilite = Ineligibility
list_measure-suspended = Suspended
list_measure-suspension = Suspension
list_measure-suspendu = Suspended
list_measure-suspendue = Suspended
list_measure-administrative_agreement = Administrative agreement
list_measure-entente_administrative = Administrative agreement

# A list entry's status as CBP writes it (folded), in words.
list_status-active = Active
list_status-modified = Modified
list_status-inactive = Inactive
list_status-revoked = Revoked
list_status-partially_active = Partially active
list_status-partially_revoked = Partially revoked
list_status-lifted = Lifted
list_status-rescinded = Rescinded
# A list entry's status said beside its measure in a sentence (a confirmed hit's factor).
list_status_said = status: { $status }

# A site told apart where its reference in the declaration means nothing to the reader (a model diff).
site_tag-place = { $country }{ $has_os_id ->
    [yes] , Open Supply Hub ID { $os_id }
   *[no] {""}
}
site_tag-os_id = Open Supply Hub ID { $os_id }

# A goods name of the data inside a sentence, and a column of a data file, quoted as the language quotes.
quoted-good = { $name }
quoted-column = “{ $name }”

## The arithmetic of a score (`domain::ScoreArithmetic`), one sentence a step (`reports::explain::arithmetic_steps`):
## the same figures on the page, in the JSON (`steps_en`) and in the text report.
arithmetic-term = { $points }
arithmetic-term_decayed = { $points } ({ $carried } carried × { $decay } a tier)
arithmetic-first = { $sign ->
    [minus] −{ $term }
   *[plus] { $term }
}
arithmetic-next = { $sign ->
    [minus] {" "}−{" "}{ $term }
   *[plus] {" "}+{" "}{ $term }
}
arithmetic-sum = Its factors add up to { $parts } = { $sum }
arithmetic-cap = Held at 100: { $sum } − { $over } = { $before }
arithmetic-bounded = Held within 0 to 100: { $sum } counts as { $before }
arithmetic-due_diligence = { $withheld ->
    [refused] Due diligence takes nothing off: its credit ({ $share }) is withheld, the supplier refusing to attest; { $before } stands
    [missing] Due diligence takes nothing off: its credit ({ $share }) is withheld, the supplier giving no attestation; { $before } stands
   *[no] { $kept ->
        [yes] Due diligence takes { $share } off the other { $from } points of the sum: { $from } × { $factor } = { $product }; the region's presumption, { $kept_points } points, stands whole: { $product } + { $kept_points } = { $reached }
       *[no] Due diligence takes { $share } off: { $from } × { $factor } = { $product }
    }{ $held ->
        [listed_floor] ; held at { $score }: a good listed for forced labour is never lowered below medium
        [presumption_floor] ; held at { $score }: due diligence does not rebut the region's presumption of forced labour
        [cap] ; held at { $score }: no score passes 100
        [unchanged] ; held at { $score }: due diligence never raises a score
       *[no] {""}
    }
}
arithmetic-score = Score: { $score }
