# English messages of the pages, reports and forms (Project Fluent). Converted from the former en.toml;
# every message here must also be in ../fr/catalog.ftl with the same variables (a test checks).

## layout

layout-skip = Skip to main content
layout-tagline = Ethical supply-chain risk for federal procurement
layout-nav_label = Main
layout-other_language = Français
layout-footer = Chaînon assesses forced-labour and child-labour risk in the supply chains of bids and contracts, from supplier declarations and public risk data (ILAB, ILO). Absence from a list is not evidence of low risk.
layout-api = API (OpenAPI)

## nav

nav-home = Solicitations and declarations
nav-upload = Submit a declaration
nav-template = Download the blank template
nav-my_declarations = My declarations
nav-sign_in = Sign in
nav-sign_out = Sign out
nav-account_label = Your account

## home

home-supplier_lead = The declarations of your organisation, newest first, with their forced- and child-labour risk and what explains it. A newer declaration for the same solicitation supersedes the older one; both stay on file.
home-title = Solicitations and declarations
home-lead = Bids received for the most recent solicitations, and the declarations on file, filtered, sorted and paged as you choose, with their forced- and child-labour risk.
home-solicitations = Solicitations
home-solicitations_recent = The { $shown } solicitations that most recently received a bid, of { $total } in all. Find the others by their number in the declarations below.
home-solicitation_number = Solicitation number
home-bids = Bids
home-last_received = Last declaration received
home-no_solicitations = No solicitation has received a bid yet.
home-declarations = Declarations
home-no_declarations = No declaration has been submitted yet.

## solicitation

solicitation-title = Solicitation { $number }
solicitation-lead = The current bid of each supplier, ranked by risk; choose the bids to set side by side. Each score explains itself on the bid's page.

## compare

compare-sites = Sites disclosed
compare-deepest_tier = Deepest tier disclosed
compare-disclosure_gap = Disclosure gap
compare-missing_place_of_work = Place of work missing
compare-findings = Code-of-conduct findings
compare-findings_cell = { $count }: { $kinds }
compare-why_forced = Why: forced labour
compare-why_child = Why: child labour
compare-title = Side-by-side comparison
compare-choose = Compare
compare-choose_bid = Set { $supplier } side by side
compare-choose_submit = Compare the chosen bids
compare-exports_all = The downloads hold every bid of the solicitation.
compare-measure = Measure
compare-caption = Bids of { $number }: one column a bid. Band and score out of 100 in each cell.
compare-export_csv = Download as CSV
compare-export_xlsx = Download as Excel (XLSX)
compare-export_solicitation = Solicitation
compare-export_model = Risk model version
compare-export_date = Exported on
compare-export_band = band
compare-export_score = score (out of 100)

## list

list-history = History
list-history_lead = Every declaration this supplier sent, newest first; a superseded one stays on record.
list-supplier = Supplier
list-solicitation = Solicitation
list-date = Declaration date
list-sites = Sites
list-findings = Findings
list-superseded = superseded
list-filters = Filter the declarations
list-search = Search: supplier, business number or solicitation
list-category = Goods category of a site
list-country = Country of a site
list-band = Forced-labour band
list-child_band = Child-labour band
list-fy = Fiscal year (first year, e.g. 2026)
list-from = Declared on or after
list-to = Declared on or before
list-sort = Sort by
list-sort_date = Declaration date, newest first
list-sort_risk = Forced-labour risk, highest first
list-sort_child = Child-labour risk, highest first
list-sort_supplier = Supplier, A to Z
list-include_superseded = Include superseded declarations
list-any = Any
list-apply = Apply
list-clear = Clear the filters
list-showing = { $first }–{ $last } of { $total }
list-none_match = No declaration matches these filters.
list-first_page = Go to the first page
list-pages = Pages of the list
list-previous = Previous page
list-next = Next page

## risk

risk-forced_labour = Forced labour
risk-child_labour = Child labour

## band

band-low = Low
band-medium = Medium
band-high = High
band-critical = Critical

## severity

severity-info = Information
severity-low = Low
severity-medium = Medium
severity-high = High

## score

score-why = Why this score
score-factors_caption = Factors of this score, their contribution and their source
score-factor = Factor
score-contribution = Points
score-source = Source (dataset · edition · row)

## decl

decl-intake_warnings = Remarks from reading the file (it was accepted)
decl-title = Declaration of { $supplier }
decl-overall = Overall risk
decl-model_version = Risk model { $version }
decl-findings = Findings
decl-no_findings = No finding.
decl-categories = Risk by goods category
decl-category = Goods category
decl-chain = Supply chain by tier
decl-attestations = Human and labour rights attestations
decl-due_diligence = Due diligence
decl-superseded = A newer declaration replaced this one; the declaration in force is:
decl-received = Received { $when } as { $file }
decl-report_link = Download the report (HTML)

## chain

chain-tier = Tier { $n }
chain-no_tier = Sites that reach no tier-1 site (supply cycle)
chain-any_band = Any band
chain-any_country = Every country
chain-filter = Show the sites
chain-filter_forced = Forced labour: this band or above
chain-filter_child = Child labour: this band or above
chain-filter_country = Country
chain-filter_apply = Show
chain-filter_clear = Show every site
chain-none_selected = No site matches the filter.
chain-tier_none_selected = No site of this tier matches the filter.
chain-pages = Pages of sites
chain-previous = Previous page
chain-next = Next page

## site

site-site = Site
site-role = Role
site-goods = Goods
site-place = Place of work
site-supplies_to = Supplies to
site-unclassified = Unclassified goods
site-ilab_goods = { $goods } (ILAB List of Goods)

## role

role-final_assembly = Final assembly
role-manufacturing = Manufacturing
role-processing = Processing
role-component = Component
role-raw_material = Raw material
role-warehousing = Warehousing
role-trading = Trading

## scope

scope-supplier = Supplier
scope-supplier_and_tier1 = Supplier and tier-1 subcontractors
scope-full_chain = Whole chain

## attest

attest-right = Right
attest-attested = Attested
attest-scope = Scope
attest-comment = Comment

## dd

dd-question = Question
dd-answer = Answer
dd-detail = Detail
dd-policy = Written policy on forced and child labour
dd-supplier_code = Own suppliers bound by a code of conduct
dd-risk_assessment = Supply-chain risk assessed in the last 12 months
dd-social_audit = Third-party social audits in the last 24 months
dd-grievance_mechanism = Safe, anonymous grievance mechanism for workers
dd-remediation = Remediation process for victims
dd-traceability_tiers = Tiers of the chain mapped
dd-training = Staff trained on forced and child labour
dd-s211_report = Reports under the Fighting Against Forced Labour and Child Labour in Supply Chains Act

## common

common-yes = Yes
common-no = No
common-not_answered = Not answered

## finding

finding-severity = Severity
finding-code = Kind
finding-message = Finding
finding-location = Where

## supplier

supplier-legal_name = Legal name
supplier-business_number = Business number
supplier-country = Country
supplier-address = Address
supplier-contact = Contact
supplier-solicitation = Solicitation
supplier-standing = Standing declaration
supplier-declaration_date = Declaration date
supplier-signatory = Signatory

## report

report-kind = Supply-chain risk assessment
report-generated = Generated { $when }.

## upload

upload-title = Submit a declaration
upload-lead = Send the declaration workbook (Excel .xlsx or .xlsm, OpenDocument .ods), the CSV files of its sheets in a .zip, or a JSON document. Every problem in the file is listed at once, with its cell.
upload-template_link = Download the blank template (English)
upload-file_label = Declaration file
upload-file_hint = Up to { $mib } MiB.
upload-submit = Submit
upload-rejected = The file { $file } was refused
upload-refused_form = What was sent was refused
upload-nothing_stored = Nothing was stored. Correct these problems and submit the file again.
upload-warnings = Warnings (the file was accepted)
upload-warnings_refused = Other remarks on this file (check them before you submit it again)

## issue

issue-level = Level
issue-level_error = Error
issue-level_warning = Warning
issue-location = Cell
issue-field = Field
issue-message = Problem

## login

login-title = Sign in
login-lead = Sign in with the e-mail address and password of your Chaînon account. Suppliers see and submit their own organisation's declarations; officers and auditors see every bid.
login-email = E-mail address
login-password = Password
login-submit = Sign in
login-failed = The e-mail address or the password is wrong.
login-disabled = This account is disabled: you cannot sign in with it. Ask an administrator of Chaînon to enable it again (suppliers: your contracting authority, which created your account).
login-throttled = Too many attempts. Wait { $wait }, then try again.
login-expired = The form expired. Please sign in again.
login-signed_out = You are signed out.
login-no_account = No account yet? Your contracting authority creates supplier accounts.

## error

error-title = Something went wrong
error-refused = The request could not be accepted
error-forbidden = Not allowed
error-forbidden_message = Your role does not allow this page. Nothing was changed.
error-csrf = The form expired or did not come from this site. Reload the page and try again; nothing was changed.
error-back_home = Back to the home page
error-not_found = Page not found
error-not_found_message = There is nothing at this address.
error-internal = An internal error occurred. It has been logged; please try again later.
error-bad_request = The request could not be understood.

## graph

graph-title = Supply graph
graph-nav = Supply graph
graph-lead = Every current declaration in one graph: the same facility declared by several suppliers is one node, and risk flows from raw materials to the suppliers across all their declarations. Scores here are before any supplier's due diligence.
graph-facilities = Facilities
graph-links = Links
graph-declarations = Declarations
graph-export_graphml = Export the graph (GraphML)
graph-export_dot = Export the graph (DOT)
graph-matches_link = Possible matches to decide ({ $count })
graph-search_title = Find a facility
graph-search_label = Name, address, city, region, country, OS ID or business number
graph-search_button = Search
graph-results_caption = Facilities found: { $first }–{ $last } of { $total }, highest risk first
graph-no_results = No facility matches these words.
graph-shared_title = Shared facilities
graph-shared_lead = Facilities that several suppliers declare: one allegation about them concerns every bid they feed.
graph-shared_caption = Facilities declared by two suppliers or more, most shared first
graph-none = None.
graph-none_cycles = None.
graph-gaps_title = Disclosure gaps
graph-gaps_lead = Sites a supplier declared without any supplier of their own, while other declarations show who supplies them.
graph-gaps_caption = Sites declared without suppliers that other declarations show are supplied
graph-cycles_title = Loops of supply
graph-cycles_lead = Facilities that supply each other in a loop, across all declarations.
graph-cycle_across = Only visible across declarations.
graph-facility = Facility
graph-country = Country
graph-os_id = OS ID
graph-suppliers = Suppliers declaring it
graph-declaration = Declaration
graph-site_ref = Site ID in the declaration
graph-known_suppliers = Known suppliers
graph-highest_supplier = Highest supplier score
graph-forced = Forced labour
graph-child = Child labour
graph-address = Address
graph-goods = Goods
graph-operator = Operator
graph-score_title = National score and why
graph-score_lead = What the facility brings itself (its goods, country and region, the highest any declaration gives), its strongest input not covered by a declared supplier, and the risk carried from its riskiest supplier anywhere in the graph (times the tier decay). The score is the facility's own points plus the larger of the input and the carried risk, at most 100.
graph-score_caption = National score of the facility by kind of risk
graph-reasons_title = Why, in words
graph-reasons_lead = Each reason with where it comes from: the facility's own risk as a declaration gives it (the one that gives the most), a confirmed screening hit, an input with no declared supplier, and the risk carried from its riskiest supplier.
graph-reasons_caption = Reasons for the score: { $kind }
graph-reason = Reason
graph-reason_source = Where it comes from
graph-points = Points
graph-no_reasons = Nothing raises this score.
graph-reason_own = Own risk, as declared by { $supplier } (declaration { $id })
graph-reason_screening = A confirmed screening hit against the facility or its operator
graph-reason_input = An input with no declared supplier, as declared by { $supplier } (declaration { $id })
graph-reason_from_tier = An input from { $site }, at tier { $tier } of the declaration of { $supplier } (declaration { $id })
graph-reason_from_site = An input from { $site }, a supplier in no tier (a loop)
graph-reason_carried = Risk carried from supplier site { $site }: its national score { $score }{ $has_context ->
    [yes] , less its own country context, { $context } (counted once, at its own line),
   *[no] {""}
} × { $decay } (decay per tier)
graph-kind = Risk
graph-own = Own points
graph-input = Undisclosed or local input
graph-carried_from = Riskiest supplier
graph-carried = Carried
graph-score = Score
graph-exposure_title = Where this facility appears
graph-exposure_lead = Every declaration whose chain it is in: declared by that supplier itself, or upstream of one of its sites through links other suppliers declared, with the path to that supplier's tier 1.
graph-exposure_caption = Declarations and bids this facility reaches
graph-solicitation = Solicitation
graph-how = How
graph-path = Path to tier 1
graph-declared_directly = Declared by this supplier
graph-through_graph = Through another supplier's links
graph-contracts_title = Contracts of these suppliers
graph-no_contracts = No contract recorded for these suppliers.
graph-neighbours_title = Suppliers and customers
graph-suppliers_caption = Facilities that supply it
graph-customers_caption = Facilities it supplies
graph-no_suppliers = No supplier of this facility is declared anywhere.
graph-matches_title = Possible matches
graph-matches_lead = Pairs of facilities that may be one place: same city and address under other names, or same name at another address. Your decision is recorded and never asked again.
graph-match_caption = The two facilities
graph-reason_same_address = Same address and city, different names.
graph-reason_same_name = Same name and city, different addresses.
graph-decide_same = Same place: merge
graph-decide_different = Different places
graph-no_proposals = No possible match left to decide.

## picture

picture-title = Picture of the chain
picture-lead = Tiers left to right: raw materials first, the sites shipping to the supplier last. Each site is coloured by its higher band; point at a site or move to it with the Tab key to read its scores and reasons.
picture-links = Each site opens its page in the supply graph: its national score and why, and every declaration that reaches it.
picture-table_link = The same sites as tables, with every factor
picture-legend = Bands
picture-tier = Tier
picture-no_tier = No tier (loop)

## dashboard

dashboard-percent = %
dashboard-nav = Portfolio
dashboard-title = Portfolio risk dashboard
dashboard-lead = Where the government's spend meets forced- and child-labour risk: the value of the goods in the declarations on file, by goods category and country of production, weighted by the risk of the sites that make them.
dashboard-year_label = Declarations
dashboard-current = Current declarations
dashboard-measure_label = Colour cells by
dashboard-measure_forced = Forced labour
dashboard-measure_child = Child labour
dashboard-show = Show
dashboard-scope_current = Figures for the current declarations (a superseded declaration no longer counts).
dashboard-scope_year = Figures for fiscal year { $year } (April to March): each supplier's latest declaration per solicitation whose declaration date falls in that year (the date the supplier gave the declaration, not the day it was received).
dashboard-spend = Spend declared
dashboard-high_share = Spend at high or critical risk
dashboard-declarations = Declarations counted
dashboard-heat_title = Spend-weighted risk by goods category and country
dashboard-heat_lead = One row a goods category, one column a country of production, highest spend first. Each cell gives the spend-weighted score, the spend it covers and the other kind of risk.
dashboard-heat_caption = Cells coloured by { $measure } (band and score out of 100); spend in Canadian dollars; { $other } below.
dashboard-cell_link = the declarations behind this cell ({ $count })
dashboard-no_spend = No spend
dashboard-empty = No declaration with valued goods in this selection.
dashboard-no_declaration_year = No declaration in fiscal year { $year }: there is no spend to weigh, so no score — which is not a low risk.
dashboard-no_declaration = No current declaration: there is no spend to weigh, so no score — which is not a low risk.
dashboard-no_valued_goods = The declarations counted give no value for their goods: there is no spend to weigh, so no score — which is not a low risk.
dashboard-trend_title = Trend by fiscal year
dashboard-trend_lead = The spend-weighted scores of each fiscal year's declarations, oldest first. Select a year to see its heat map.
dashboard-trend_caption = Spend-weighted score out of 100 by fiscal year:
dashboard-method = How it is computed: each goods line's value is shared among the sites declared to produce it (or the tier-1 sites of its category), and carries each site's score, which includes what its own suppliers carry. A cell is the spend-weighted mean of its shares. Absence from a list is not evidence of low risk.
dashboard-col_scope = Scope
dashboard-col_category = Goods category
dashboard-col_country = Country of production
dashboard-col_country_code = Country code
dashboard-col_spend = Spend (CAD)
dashboard-col_forced_band = Forced labour band
dashboard-col_child_band = Child labour band
dashboard-col_high_percent = Spend at high or critical risk (%)
dashboard-col_declarations = Declarations
dashboard-col_year = Fiscal year
dashboard-all_categories = All goods categories
dashboard-all_countries = All countries
dashboard-unclassified = Goods in no category

## contracts

contracts-nav = Contracts and cases
contracts-title = Contracts and compliance cases
contracts-lead = Contracts, standing offers and supply arrangements, the ethical-procurement instruments in force for each (computed from its dates and goods), and the compliance cases opened on them.
contracts-caption = Contracts on file, newest first
contracts-none = No contract is on file.
contracts-number = Contract number
contracts-kind = Kind
contracts-title_field = Title
contracts-supplier = Supplier
contracts-business_number = Supplier's business number
contracts-business_number_hint = Nine digits, as on the supplier's declaration.
contracts-goods = Goods category
contracts-value = Value (CAD)
contracts-value_hint = In dollars, written the English way: commas between thousands, a point before the cents (1,250,000.50).
contracts-awarded_on = Awarded on
contracts-ends_on = Ends on
contracts-cases = Cases
contracts-fiscal_year = fiscal year
contracts-new_title = Record a contract
contracts-record = Record the contract
contracts-contract_title = Contract { $number }
contracts-instruments_caption = Instruments in force for this contract, and why
contracts-instrument = Instrument
contracts-in_force = In force
contracts-why = Why
contracts-overridden = overridden by an officer
contracts-cases_title = Compliance cases
contracts-no_cases = No case is open on this contract.
contracts-case_title = Title of the new case (the allegation, in a few words)
contracts-open_case = Open a case
contracts-case_title_missing = A case needs a title; nothing was stored.

## form

form-refused = The form was not saved; nothing was stored. Correct the following and send it again:

## case

case-title = Case #{ $id }: { $title }
case-case = Case
case-opened = Opened by { $who } on { $when }.
case-opened_on = Opened on
case-status = Status
case-open = Open
case-decided = Decided
case-overdue = Response overdue
case-recorded = Recorded by { $who }, { $when }
case-sites = Sites of the supply chain it concerns
case-site_reference = declaration { $declaration_id }, site { $site }
case-os_id = Open Supply Hub ID
case-met = Met:
case-dossier_html = Download the dossier (HTML)
case-dossier_pdf = Download the dossier (PDF)
case-contract = Contract
case-checklist_title = Pre-termination checklist
case-grounds_met = Every ground and step for a termination is on the record.
case-grounds_missing = Some grounds or steps are still missing before a termination can be defended:
case-record_title = Record of the case
case-empty = Nothing has been recorded yet.
case-respond_title = Respond to a notice
case-respond_lead = Your response is added to the case record with the date it was received; it cannot be edited afterwards.
case-notice = Notice
case-text = Response
case-send_response = Send the response
case-add_title = Add to the record
case-add_evidence = Evidence
case-evidence_kind = Kind of evidence
case-source = Source
case-dated = Dated
case-credibility = Credibility
case-indicators = ILO indicators of forced labour shown
case-summary = Summary
case-record_evidence = Record the evidence
case-add_notice = Notice to the supplier
case-sent_on = Sent on
case-respond_by = Respond by
case-subject = Subject
case-body = Text of the notice
case-send_notice = Record the notice
case-add_plan = Corrective action plan
case-milestones = Milestones
case-milestones_hint = One line a milestone: the due date (YYYY-MM-DD), a space, then what is to be done.
case-record_plan = Record the plan
case-add_decision = Decision
case-outcome = Outcome
case-decided_on = Decided on
case-rationale = Rationale
case-isp_referral = Referred under the Ineligibility and Suspension Policy
case-remediation_not_possible_because = Why remediation is not possible
case-remediation_not_possible_because_hint = Required to terminate when no corrective action plan is on record; stated apart from the rationale.
case-record_decision = Record the decision
case-none = None
case-notice_heading = Notice #{ $id }: { $subject }
case-response_heading = Response to notice #{ $id }
case-plan_heading = Corrective action plan
case-done_on = done on { $date }
case-decision_heading = Decision: { $outcome }
case-received_on = Received on

## dossier

dossier-chain_of = Chain disclosed by declaration #{ $id } of { $date }, with its scores
dossier-tier = Tier
dossier-site = Site
dossier-country = Country
dossier-no_sites = No site was disclosed.
dossier-title = Compliance case #{ $id }
dossier-kind = Compliance case dossier
dossier-heading = { $title }: { $case }
dossier-generated = Generated { $when } by { $who }. Dates are in YYYY-MM-DD form; times in UTC.
dossier-contract = Contract and instruments in force
dossier-declarations = Declarations of the supplier and their scores at each date
dossier-declarations_lead = Every declaration the supplier sent, superseded ones included, with every assessment made of it: the score on each date, and the model that gave it.
dossier-declaration = Declaration
dossier-received = Received
dossier-assessed = Assessed
dossier-model = model { $version }
dossier-no_declarations = The supplier has no declaration on file.
dossier-chain = The supply chain today (newest current declaration)
dossier-audit = Audit trail of the case
dossier-audit_lead = Each entry's hash chains it to the one before in the service's append-only log; { $command } checks the whole chain.
dossier-when = When (UTC)
dossier-who = Who
dossier-action = Action
dossier-hash = Hash

## contract_kind

contract_kind-contract = Contract
contract_kind-standing_offer = Standing offer
contract_kind-supply_arrangement = Supply arrangement

## instrument

instrument-code_of_conduct2021 = Code of Conduct for Procurement (August 2021)
instrument-anti_forced_labour_clauses = Anti-forced-labour clauses (November 2021)
instrument-ethical_procurement_certification = Ethical procurement certification
instrument-origin_of_work_clause = Origin of work clause

## evidence_kind

evidence_kind-cbsa_classification = CBSA classification under tariff item 9897.00.00
evidence_kind-credible_report = Credible information from a report
evidence_kind-audit_finding = Audit finding
evidence_kind-grievance = Grievance
evidence_kind-foreign_enforcement = Foreign enforcement action
evidence_kind-false_certification = False certification

## ilo

ilo-abuse_of_vulnerability = Abuse of vulnerability
ilo-deception = Deception
ilo-restriction_of_movement = Restriction of movement
ilo-isolation = Isolation
ilo-physical_and_sexual_violence = Physical and sexual violence
ilo-intimidation_and_threats = Intimidation and threats
ilo-retention_of_identity_documents = Retention of identity documents
ilo-withholding_of_wages = Withholding of wages
ilo-debt_bondage = Debt bondage
ilo-abusive_working_and_living_conditions = Abusive working and living conditions
ilo-excessive_overtime = Excessive overtime

## credibility

credibility-low = Low
credibility-medium = Medium
credibility-high = High

## outcome

outcome-continue = Continue the contract
outcome-remediate = Remediate
outcome-stop_work = Stop work
outcome-terminate_for_default = Terminate for default
outcome-terminate_by_mutual_consent = Terminate by mutual consent

## s211

s211-nav = S-211 figures
s211-title = S-211 figures, fiscal year { $year }
s211-lead = The figures for the annual report under the Fighting Against Forced Labour and Child Labour in Supply Chains Act (S-211), for a fiscal year from April to March, from the contracts, declarations, assessments and cases on file. A declaration counts in the fiscal year of the day it was received (UTC), not of its declaration date.
s211-year_label = Fiscal year
s211-figures_caption = Contracts, declarations and cases of the year
s211-measure = Measure
s211-value = Number
s211-contracts_in_force = Contracts in force during the year
s211-contracts_with = …carrying: { $instrument }
s211-declarations_received = Declarations received and in force at the end of the year (a bid re-sent counts once)
s211-site_disclosures_received = Sites of production these declarations disclosed
s211-files_received = Declaration files received, re-submissions included
s211-cases_opened = Cases opened
s211-cases_remediated = Cases decided with remediation
s211-cases_terminated = Cases ending in termination
s211-isp_referrals = Referrals under the Ineligibility and Suspension Policy
s211-csv_contracts_with = Contracts in force during the year carrying: { $instrument }
s211-assessments_forced_labour = Declarations assessed, by goods category and band: forced labour
s211-assessments_child_labour = Declarations assessed, by goods category and band: child labour
s211-assessments_title = Assessments of the year by goods category and band
s211-band = Band
s211-no_assessments = No declaration was assessed in this fiscal year.
s211-method = A declaration counts in the year it was received, with its latest assessment, unless the supplier replaced it by a newer file for the same bid before the year ended: a bid re-sent counts once, by its newest file of the year (the files themselves are counted apart); a contract counts when it was in force for part of the year; a case counts as opened in the year it was opened, and as remediated, terminated or referred in the year of its decision.

## admin

account-nav = My account
account-title = My account
account-language = Language of messages
account-language_lead = The e-mails the service sends this account (notices, decisions, requests for information) are written in this language.
account-language_now = Now: { $language }.
account-language_unknown = Not chosen yet: messages come in English and French.
account-language_en = English
account-language_fr = French
account-save_language = Save the language
account-done_language = The language of messages is saved.
account-alerts = Screening alerts by e-mail
account-alerts_lead = When a new edition of a screening list, or a declaration received, opens alerts, the service can tell you by e-mail. The alerts are on the screening pages either way.
account-alerts_on = Now: these e-mails are sent to you.
account-alerts_off = Now: these e-mails are not sent to you.
account-alerts_stop = Stop these e-mails
account-alerts_start = Send me these e-mails
account-done_alerts_on = New screening alerts will be sent to you by e-mail.
account-done_alerts_off = New screening alerts will no longer be sent to you by e-mail; they stay on the screening pages.
admin-nav_accounts = Accounts
admin-nav_audit = Audit log
admin-accounts_title = Accounts
admin-accounts_lead = Everyone who can sign in, with their role. Open an account to disable or re-enable it, change its role, start a password reset or revoke its API tokens. Every change is recorded in the audit log.
admin-accounts_caption = Accounts, by e-mail
admin-name = Name
admin-email = E-mail
admin-role = Role
admin-business_number = Business number (suppliers)
admin-business_number_hint = A supplier's CRA business number: nine digits (a program account such as RT0001 may follow). Leave empty for other roles.
admin-status = Status
admin-enabled = Active
admin-disabled = Disabled
admin-new_title = Create an account
admin-new_lead = The account has no password at first: you receive a one-time code to give to the person, with which they set their own.
admin-create = Create the account
admin-created_title = Account created for { $name }
admin-first_code_lead = Give this one-time code to the person ({ $email }) by a channel you trust; they set their password with it.
admin-code_title = Password reset started for { $name }
admin-code_lead = Give this one-time code to the person ({ $email }) by a channel you trust; their current password keeps working until they use it.
admin-code_expires = It can be used once, until { $when }.
admin-code_where = They enter it on the page { $page }.
admin-code_once = This code is shown only now and is not stored: copy it before leaving this page. Starting another reset withdraws it.
admin-own_account = This is your own account: another administrator can disable it or change its role.
admin-enable_lead = This account is disabled: it cannot sign in and its API tokens are refused. Enabling it lets its password and tokens work again.
admin-enable = Enable the account
admin-disable_lead = Disabling ends the account's sessions at once and refuses its password and API tokens until it is enabled again.
admin-disable = Disable the account
admin-change_role = Change the role
admin-save_role = Save the role
admin-reset_title = Password reset
admin-reset_lead = Gives a one-time code, valid for { $hours } hours, with which the person sets a new password. Using it ends their sessions.
admin-reset_start = Start a password reset
admin-tokens_title = API tokens
admin-token_name = Token
admin-token_created = Issued
admin-token_revoked = Revoked { $when }
admin-token_revoke = Revoke
admin-no_tokens = This account has no API token.
admin-tokens_hint = Tokens are issued with the command line (chainon user token); only their names are kept here, never the tokens.
admin-account_audit = This account's entries in the audit log
admin-done_created = Account created.
admin-done_disabled = The account is disabled; its sessions have ended.
admin-done_enabled = The account is enabled again.
admin-done_role = The role is saved; it applies from the account's next request.
admin-done_revoked = The token is revoked.
admin-bad_email = e-mail: enter an address such as name@example.ca
admin-bad_name = name: enter the person's name (at most 200 characters)
admin-bad_role = role: choose one of the list
admin-email_taken = e-mail: { $email } is already the address of the account of { $name } (account #{ $id }); an e-mail names one account. Nothing was created.
admin-disabled_no_reset = A disabled account cannot be given a reset code: enable it first.
admin-audit_title = Audit log
admin-actor_cli = Command line (the server’s operator)
admin-actor_demo = Demo data
admin-actor_screening = Screening at intake (the service, applying the hits officers already confirmed)
admin-audit_verification = Verification of the chain
admin-audit_intact = The chain of { $entries } entries verifies: no entry was edited, removed or reordered.
admin-audit_broken = The chain of { $entries } entries does NOT verify:
admin-audit_head_seq = Last entry
admin-audit_head_hash = Head hash
admin-audit_head_hint = Keep the head hash somewhere else (a ticket, a signed e-mail): if entries are later removed from the end, the head will no longer match it.
admin-audit_subject = Subject
admin-audit_subject_hint = A record, e.g. account/3, declaration/12 or case/2; leave empty for every entry.
audit_subject-declaration = Declaration { $id }
audit_subject-case = Case { $id }
audit_subject-contract = Contract { $id }
audit_subject-account = Account { $id }
audit_subject-case_named = Case { $id } — { $supplier }: { $title } (contract { $contract })
audit_subject-contract_named = Contract { $number } — { $supplier }
audit_subject-account_named = Account of { $name } ({ $email })
audit_subject-request = Request for information { $id }
audit_subject-request_named = Request for information { $id } to { $supplier } on { $solicitation }: { $subject }
audit_subject-edition = List edition { $id }
audit_subject-edition_named = { $list }, edition { $version } of { $day }
audit_subject-decision = Decision on screening hits { $id }
audit_subject-decision_named = Hit of { $party } on “{ $entry }” ({ $list })
audit_subject-decision_region = Hit of { $party } on an entry of { $list }: { $entry }
audit_subject-site_match = Facility match decision { $id }
audit_subject-solicitation = Solicitation { $number }
audit_subject-business_number = business number { $number }
admin-audit_subject_entries = its entries
admin-audit_filter = Show
admin-audit_caption = { $total ->
    [0] No entry
    [one] Entry { $first } of { $total }, newest first
   *[other] Entries { $first }–{ $last } of { $total }, newest first
}
admin-audit_at = When (UTC)
admin-audit_actor = Who
admin-audit_action = Action
admin-audit_facts = Facts
admin-audit_facts_raw = As recorded and hashed (JSON)
audit_action-account_created = Account created
audit_action-account_disabled = Account disabled
audit_action-account_enabled = Account enabled again
audit_action-account_language_changed = Language changed
audit_action-account_screening_alerts_changed = Screening alert e-mails turned on or off
audit_action-account_password_reset = Password reset
audit_action-account_password_reset_started = Password reset started
audit_action-account_role_changed = Role changed
audit_action-assessment_stored = Assessment stored
audit_action-case_opened = Case opened
audit_action-case_evidence = Evidence added
audit_action-case_notice = Notice sent
audit_action-case_response = Response received
audit_action-case_action_plan = Action plan recorded
audit_action-case_decision = Decision recorded
audit_action-contract_recorded = Contract recorded
audit_action-declaration_stored = Declaration stored
audit_action-evaluation_note = Evaluation note
audit_action-request_sent = Request for information sent
audit_action-request_answered = Request for information answered
audit_action-screening_edition_imported = List edition imported
audit_action-screening_hit_confirmed = Match confirmed
audit_action-screening_hit_dismissed = Match dismissed
audit_action-screening_hits_closed_entry_removed = Matches closed: the entry left the list
audit_action-screening_hits_closed_entry_changed = Matches closed: the entry changed (the changed entry is asked again)
audit_action-screening_hits_closed_superseded = Matches closed: a newer declaration replaced theirs
audit_action-screening_hits_opened_entry_added = Matches opened: an entry matched for the first time
audit_action-screening_hits_opened_entry_changed = Matches asked again: the entry changed since it was matched
audit_action-screening_hits_reopened = Matches re-opened: the entry is listed again as it was matched
audit_action-screening_hits_decision_remembered = Matches given a decision already taken on the same entry
audit_action-screening_hits_restated = Decided matches set to the latest decision on their entry
audit_action-site_match_decided = Site match decided
audit_action-token_issued = API token issued
audit_action-token_revoked = API token revoked
admin-audit_hash = Hash
admin-audit_download = Download these entries as recorded (JSON)
admin-audit_download_hint = Each entry with its facts and hashes exactly as the chain holds them, for checking or keeping elsewhere.
# The facts of an audit entry, one label a key of its recorded JSON.
audit_fact-file_name = File
audit_fact-sha256 = SHA-256
audit_fact-supplier = Supplier
audit_fact-business_number = Business number
audit_fact-solicitation = Solicitation
audit_fact-solicitation_number = Solicitation
audit_fact-declaration_date = Declaration date
audit_fact-sites = Sites
audit_fact-supersedes = Replaces declaration
audit_fact-assessment_id = Assessment
audit_fact-model_version = Model version
audit_fact-forced_labour = Forced labour
audit_fact-child_labour = Child labour
audit_fact-score = Score
audit_fact-band = Level
audit_fact-findings = Findings
audit_fact-number = Number
audit_fact-kind = Kind
audit_fact-title = Title
audit_fact-supplier_name = Supplier
audit_fact-goods_category = Goods category
audit_fact-value_cad = Value
audit_fact-awarded_on = Award
audit_fact-ends_on = End
audit_fact-overrides = Corrected instrument
audit_fact-instrument = Instrument
audit_fact-in_force = In force
audit_fact-reason = Reason
audit_fact-contract_id = Contract
audit_fact-event_id = Entry
audit_fact-event = Event
audit_fact-attachments = Attachment
audit_fact-id = Number
audit_fact-media_type = Type of file
audit_fact-size = Size (bytes)
audit_fact-source = Source
audit_fact-dated = Date of the evidence
audit_fact-allegation = Allegation
audit_fact-indicators = ILO forced-labour indicators
audit_fact-child_indicators = Child-labour indicators
audit_fact-credibility = Credibility
audit_fact-summary = Summary
audit_fact-sent_on = Sent
audit_fact-respond_by = Deadline for a response
audit_fact-subject = Subject
audit_fact-body = Text
audit_fact-delivery = Earlier delivery
audit_fact-on = Date
audit_fact-means = Means
audit_fact-evidence = Evidence
audit_fact-notice_seq = Notice (entry)
audit_fact-received_on = Received
audit_fact-text = Text
audit_fact-milestones = Milestone
audit_fact-description = Description
audit_fact-due = Due
audit_fact-done_on = Done
audit_fact-outcome = Outcome
audit_fact-decided_on = Date of the decision
audit_fact-rationale = Reasons
audit_fact-isp_referral = Referred under the Ineligibility and Suspension Policy
audit_fact-remediation_not_possible_because = Why remediation is not possible
audit_fact-declaration_id = Declaration
audit_fact-answer_id = Answer
audit_fact-note_id = Note
audit_fact-list = List
audit_fact-version = Version
audit_fact-label = Label
audit_fact-publisher = Publisher
audit_fact-licence = Licence
audit_fact-published_on = Published
audit_fact-entries = Entries
audit_fact-added = Added
audit_fact-removed = Removed
audit_fact-changed = Changed
audit_fact-edition = Edition
audit_fact-hits = Hits
audit_fact-hit = Hit
audit_fact-entry_key = Key of the entry
audit_fact-entry_name = Entry
audit_fact-entry_hash = Hash of the entry's content
audit_fact-party_key = Key of the party
audit_fact-party_name = Party
audit_fact-confirmed = Confirmed
audit_fact-cause = Why
audit_fact-older_than = Replaces the later edition
audit_fact-restated = Hits restated
audit_fact-note = Note
audit_fact-key_a = First facility
audit_fact-key_b = Second facility
audit_fact-same = Same facility
audit_fact-email = E-mail
audit_fact-role = Role
audit_fact-language = Language of messages
audit_fact-sessions_ended = Sessions ended
audit_fact-from = Before
audit_fact-to = After
audit_fact-token_id = Token
audit_fact-name = Name
audit_fact-expires_at = Expires
audit_fact-earlier_codes_withdrawn = Earlier codes withdrawn
audit_fact-reset_started_by = Reset started by
admin-fault_edited = Entry { $seq }: its content no longer matches its hash (edited).
admin-fault_missing = Entry { $seq }: entries before it are missing (expected number { $expected }).
admin-fault_unchained = Entry { $seq }: it does not follow from the entry before it (removed, inserted or reordered).
admin-fault_short_edited = edited
admin-fault_short_missing = entries missing before it
admin-fault_short_unchained = does not follow the one before

## reset

reset-title = Set a new password
reset-lead = Enter the one-time code an administrator gave you and choose a new password. The code works once; your other sessions end.
reset-code = One-time code
reset-password = New password
reset-password_hint = At least { $min } characters; a phrase of several words is easy to remember.
reset-repeat = The new password again
reset-submit = Set the password
reset-done = Your password is set. Sign in with it.
reset-bad_code = code: this code is unknown, used already or expired; ask an administrator for a new one
reset-too_short = password: use at least { $min } characters
reset-mismatch = repeat: the two passwords differ

## receipt

receipt-title = Declaration received
receipt-crumb = Receipt
receipt-link = Receipt
receipt-lead = Your declaration was received and stored. Keep this confirmation: quote its reference number in any exchange about it.
receipt-already = You had already sent this file: it was received on { $when } under reference { $reference }. Nothing new was stored; this is its first receipt.
receipt-reference = Reference number
receipt-received_at = Received (date and time)
receipt-declaration_date = Date of the declaration
receipt-file = File
receipt-sites = Places of work declared
receipt-replaces = It replaces your declaration of { $date }, reference { $reference }.
receipt-replaces_nothing = It replaces no earlier declaration.
receipt-replaced_since = It has since been replaced by your declaration of { $date }, reference { $reference }, which is the one in force.
receipt-replaced_since_in_turn = It has since been replaced by your declaration of { $date }, reference { $reference }, itself replaced since: the one in force is your declaration of { $in_force_date }, reference { $in_force_reference }.
receipt-see_receipt = That declaration's receipt
receipt-assessment = Assessment at receipt, after screening against the lists in force
receipt-forced_labour = Forced-labour risk
receipt-child_labour = Child-labour risk
receipt-findings = Findings
receipt-printed = Confirmation produced on { $when }.
receipt-print_hint = To keep a paper or PDF copy, print this page (Ctrl+P or ⌘+P): only the confirmation is printed.
receipt-see_assessment = See the declaration and its assessment
receipt-back_home = Back to my declarations

## standing

standing-notices = Notices to your organisation
standing-notice = Notice
standing-status = Where it stands
standing-answered = Answered
standing-overdue = Deadline passed without a response
standing-open = Response due
standing-no_notices = No notice was sent to your organisation.
standing-cases = Open compliance cases
standing-case_of = contract { $contract }, opened on { $when }
standing-no_cases = Your organisation has no open compliance case.

## notice

notice-heading = Notice { $number }: { $subject }
notice-response_heading = Response to notice { $number }
notice-choice = Notice { $number } — { $subject } (respond by { $date })
notice-indicators = Indicators shown
notice-extended = Deadline extended
notice-extended_text = The notice said { $written }; the { $policy } sets the minimum period from the day the supplier could first see it.
notice-delivery = Delivered earlier
notice-dates_hint = The notice is sent today ({ $today }), when the supplier can first see it. The { $policy } gives the supplier at least { $days } days: respond by { $min } at the earliest.
notice-delivery_legend = Delivered earlier (optional)
notice-delivery_hint = Only if the notice already reached the supplier before today: the day, how (registered mail, hand delivery …) and what proves it (tracking number, signed receipt …). The response period then runs from that day.
notice-delivered_on = Delivered on
notice-delivery_means = How it was delivered
notice-delivery_evidence = Proof of delivery
notice-list_title = Notices and their deadlines
notice-number = No.
notice-status_answered = Answered
notice-status_open = Awaiting a response
notice-status_overdue = Deadline passed without a response

## allegation

allegation-label = Allegation
allegation-forced_labour = Forced labour
allegation-child_labour = Child labour
allegation-child_indicators = Indicators of child labour shown (ILO C138 and C182)

## child_indicator

child_indicator-below_minimum_working_age = Below the minimum working age
child_indicator-hazardous_work = Hazardous work
child_indicator-worst_forms = Worst forms of child labour
child_indicator-school_attendance = Kept from attending school

## attachment

attachment-list = Attached files (with their SHA-256 fingerprint)
attachment-choose = Attach files (optional)
attachment-hint = Up to 5 files of 10 MiB each: PDF, JPEG, PNG, WebP, TIFF, HEIC, DOCX, XLSX, ODT, ODS or plain text. The type is checked from the file's content. If the form is refused, choose the files again.

## rank

rank-title = Ranking of the bids
rank-lead = Responsive bids first, lowest risk first: by the worse of the two bands (forced and child labour: a bid with a Critical band in either never ranks before one whose bands are both lower), then the other band, then the forced-labour score, then the child-labour score, then disclosure (fewer gaps); then non-responsive bids (a supplier ineligible today under PSPC's Ineligibility and Suspension Policy), which cannot be awarded whatever their risk, in the same order; bids not assessed last. The reasons name the site that drives each score and its largest factors.
rank-caption = Bids of { $number }, lowest risk first
rank-rank = Rank
rank-bid = Bid
rank-disclosure = Disclosure
rank-standing = Why this place
rank-why = What drives the scores
rank-forced_prefix = Forced labour:
rank-child_prefix = Child labour:
rank-not_assessed = Not assessed: ranked last.
rank-before_unassessed = Before { $other }, which has no assessment.
rank-by_forced = Before { $other } on forced labour ({ $this } against { $that }).
rank-by_worse_band = Before { $other }: the worse of its two bands (forced and child labour) is { $this }, against { $that }.
rank-by_other_band = Level with { $other } on the worse of the two bands; before it on the other band ({ $this } against { $that }).
rank-by_child = Level with { $other } on forced labour; before it on child labour ({ $this } against { $that }).
rank-tie = Level with { $other } on every criterion.
rank-last = Last, after { $other } (the reason is given on its line).
rank-only = The only bid assessed: nothing to rank it against.
rank-disclosure_complete = No disclosure gap
rank-follow_up = Follow up

## follow

follow-title = Follow-up of the bid of { $supplier } ({ $number })
follow-lead = Requests for information or clarification sent to the bidder, their answers, the evaluation notes of the file, and the contract once awarded.
follow-declaration = Declaration of { $date }
follow-contracts_title = Contract
follow-open_contract = Open the record of contract { $number }
follow-no_contract = No contract with this supplier is recorded yet.
follow-record_award = Record the award of a contract to this bidder
follow-requests_title = Requests for information
follow-no_requests = No request has been sent to this bidder.
follow-new_request = Request information or clarification
follow-request_body = What the bidder is asked
follow-send_request = Send the request
follow-sent = Sent by { $who } on { $when }; respond by { $date }.
follow-answered = Answered by { $who }, { $when }
follow-answer_declaration = Declaration #{ $id }, sent with the answer
follow-notes_title = Evaluation notes
follow-no_notes = No evaluation note yet.
follow-note = Note for the file
follow-record_note = Record the note
follow-request_title = Request #{ $id }: { $subject }
follow-answers_title = Answers
follow-no_answers = No answer yet.
follow-answer_title = Answer the request
follow-answer_lead = Write your answer; if it calls for a corrected declaration, upload it first, then choose it below.
follow-upload_new = Upload a new declaration
follow-answer_with = Declaration sent with the answer (optional)
follow-no_declaration = None
follow-send_answer = Send the answer

## screening

nonresponsive-label = Non-responsive bid:
nonresponsive-contract_label = Ineligible supplier:
screening-contract_forced_label = Forced labour confirmed in the supplier's chain:
compare-responsive = Responsive (Ineligibility and Suspension Policy)
screening-nav = Screening alerts
screening-nav_open = decisions to take
screening-title = Screening lists
screening-lead = The lists that bar goods and suppliers, each imported as a dated edition from the file its publisher puts out, and matched against every supplier, site operator and site on file. A new edition is compared with the one before it and every declaration is screened again; new declarations are screened when they arrive.
screening-alerts_link = Hits waiting for a decision
screening-effect_forced_labour = A confirmed hit makes the site's forced-labour risk critical (the entry is named as the reason; mitigation cannot lower it).
screening-effect_ineligibility = A confirmed hit on an ineligibility or a suspension is a finding under the Code of Conduct for Procurement: the bid is non-responsive on the days of its period. An administrative agreement leaves the supplier eligible.
screening-effect_watch = A confirmed hit is shown to officers; it does not change the score.
screening-editions_caption = Editions of this list, newest first
screening-edition = Edition
screening-published = Published
screening-entries = Entries
screening-added = Added
screening-removed = Removed
screening-changed = Changed
screening-source = Publisher and licence
screening-no_edition = No edition imported yet.
screening-import_title = Import an edition
screening-import_lead = Choose the list and the file as its publisher puts it out. The file is read in full: a file with any problem is refused, with each problem and its line, and nothing is stored.
screening-list_label = List
screening-published_label = Publisher's date of the edition (today if blank)
screening-older_label = Older edition: make it the list's current edition even though it is dated before the current one
screening-older_hint = Without this box, a file dated before the list's current edition is refused: it would put the list back to an earlier state. Tick it only when the list must go back to that edition (the publisher withdrew the newer one).
screening-label_label = Publisher's name for the edition (the date if blank)
screening-licence_label = Licence (the list's usual licence if blank)
screening-licence_hint = OpenSanctions data is free for non-commercial use only; record the licence your department holds.
screening-file_label = List file
screening-import_submit = Import the edition
screening-refused = The list file was refused: nothing was stored
screening-refused_caption = Problems found in the file
screening-publisher = Publisher
screening-address = Published at
screening-licence = Licence
screening-file = File
screening-imported = Imported
screening-imported_by_cli = the server's operator, from the command line
screening-diff_title = Changes from the previous edition
screening-previous_edition = The previous edition: { $edition }, published on { $day }
# An edition is named by its list, its number among the list's editions and, after #, the identifier addresses and
# commands take: never by one of the two alone.
screening-edition_name = { $list }, edition { $version } (#{ $id })
screening-edition_short = edition { $version } (#{ $id })
screening-import_done = Imported. Every stored declaration was screened again against this edition:
screening-import_already = This file was imported before as this edition: nothing was stored anew.
screening-first_edition = The first edition of this list: every entry is new.
screening-none = None.
screening-alerts_title = Screening hits
screening-alerts_lead = Each hit is a supplier, site operator or site taken for a list entry, with the evidence: what matched, how closely, the entry and its edition. Confirm a true match or dismiss a false one: the decision is recorded in the audit log and not asked again for the same entry and party unless the entry changes.
screening-filter_label = Which hits
screening-filter_hits = Filter the hits
screening-filter_list = List
screening-filter_any_list = Any list
screening-filter_declaration = Declaration number
screening-filter_name = Party or entry name (or a part of it)
screening-filter_clear = Show every hit of this status
screening-status = Status
screening-status_open = Waiting for a decision
screening-status_confirmed = Confirmed
screening-status_dismissed = Dismissed
screening-status_all = All
screening-list = List
screening-party = Matched
screening-site_ref = site
screening-declaration = Declaration
screening-bid_on = bid on
screening-method = How
screening-fields = Fields that matched
screening-reaches = Declarations whose chains reach it
screening-contracts = Contracts of the supplier
screening-cases = cases
screening-publisher_licence = { $publisher }; { $licence }
# Between the items of a list whose items hold commas.
screening-list_separator = {"; "}
screening-note_label = Reason (kept in the audit log)
screening-confirm = Confirm: it is the listed entity
screening-dismiss = Dismiss: a false match
screening-already_confirmed = Hit #{ $hit_id } ({ $party } — { $entry }) was already confirmed by { $who } on { $when }: your decision was not recorded, and the decision on record stands.
screening-already_dismissed = Hit #{ $hit_id } ({ $party } — { $entry }) was already dismissed by { $who } on { $when }: your decision was not recorded, and the decision on record stands.
screening-no_hits = No hit here.
screening-status_entry_removed = Closed: the entry is no longer on the list as it was matched
screening-status_superseded = Closed: a newer declaration replaced this one
screening-confirmed_title = Confirmed screening hits
screening-confirmed_lead = An officer confirmed that these parties are the listed entities. What a confirmation on each list does is said under its name; an entry that a later edition removes or ends has no effect from then on.
screening-confirmed_caption = Confirmed hits, newest first
screening-confirmed_entry = List entry
screening-confirmed_by = Confirmed by
screening-confirmed_removed = No longer on the list since { $edition }, imported { $imported }: this confirmation has no effect from then on
# A confirmed PSPC hit on the declaration and facility pages: the measure, its period, and what it does today.
screening-effect_pspc = { $measure }{ $period ->
        [both] {" "}({ $from } – { $until })
        [from] {" "}(from { $from })
        [until] {" "}(until { $until })
       *[none] {""}
    }: { $bars ->
        [no] the supplier remains eligible under the agreement; the confirmation adds no finding, and the bid is responsive on this ground.
       *[yes] { $when ->
            [ended] the period ended on { $until }: the supplier is no longer ineligible, and the bid is responsive on this ground.
            [future] the period starts on { $from }: from that day the confirmation is a finding under the Code of Conduct for Procurement and the bid is non-responsive; until then it is responsive on this ground.
            [status] the publisher's status ends the measure: the bid is responsive on this ground.
           *[now] a finding under the Code of Conduct for Procurement: the bid is non-responsive.
        }
    }
# The mark of a confirmed hit whose listed entry is no longer (or not yet) in force: a status that ends it (CBP's Inactive, Revoked …), a period over or to come.
screening-confirmed_not_in_force = { $when ->
        [status] No longer in force since { $edition }, imported { $imported }: its status is now “{ $status }”; this confirmation has no effect from then on
        [ended] No longer in force: its period ended on { $until } ({ $edition }); this confirmation has no effect from then on
       *[future] Not in force yet: its period starts on { $from } ({ $edition }); this confirmation has no effect until then
    }
# What matched, among the confirmed hits: the kind of party, its name, and the site of the declaration it is at.
screening-confirmed_party = { $kind }: { $name }{ $at_site ->
        [yes] {" "}(site { $site })
       *[no] {""}
    }
screening-party_supplier = Supplier
screening-party_operator = Site operator
screening-party_site = Site
screening-party_signatory = Signatory
screening-party_contact = Contact person
screening-method_business_number = Same business number
screening-method_os_id = Same Open Supply Hub ID
screening-method_exact_name = Same name
screening-method_alias = Same as an alias
screening-method_former_name = Same as a former name
screening-method_transliteration = Same name once transliterated
screening-method_look_alike_letters = Same name, letters of another alphabet drawn like Latin ones (a Cyrillic “а” for a Latin “a”) read as the Latin letters they look like
screening-method_compact_name = Same letters once spaces and romanised legal forms are dropped
screening-method_word_order = Same words in another order
screening-method_similar_name = Similar name
screening-method_subsidiary = Name of a listed entity and its subsidiaries
screening-method_place_omitted = Same name without its place (province, region or city of China)
screening-method_place_moved = Same name, its place in China written otherwise or elsewhere
screening-method_romanisation = Same name in another romanisation (an Arabic name spelt the English or the French way, a Chinese name in Wade–Giles or postal spelling)
screening-method_word_omitted = Same name with one generic word left out
screening-method_branch = A branch of the listed entity
screening-method_left_out = { $method }: “{ $words }” left out
screening-method_region_or_industry = Goods of an industry and country under an order
screening-shown = { $total ->
    [0] No hit of this kind.
    [one] Hit { $first } of { $total }.
   *[other] Hits { $first }–{ $last } of { $total }.
}
screening-labelled = { $label }: { $text }
screening-method_line = { $method } ({ $similarity }): { $party } / { $entry }
screening-note_after = :{" "}
screening-found = Found
screening-pages_label = Pages of hits
screening-previous_page = Previous hits
screening-next_page = Next hits
screening-field_business_number = business number
screening-field_legal_name = legal name
screening-field_operator_name = operator's name
screening-field_site_name = site name
screening-field_signatory_name = signatory's name
screening-field_contact_name = contact person's name
screening-field_os_id = Open Supply Hub ID
screening-field_country = country
screening-field_goods = goods made
screening-change_line = { $field }: { $old } → { $new }
screening-entries_link = { $count ->
    [0] The edition has no entries
    [one] The edition's entry, with its aliases and flags
   *[other] The edition's { $count } entries, with their aliases and flags
}
screening-entries_shown = { $total ->
    [0] No entry.
    [one] Entry { $first } of { $total }, in file order.
   *[other] Entries { $first }–{ $last } of { $total }, in file order.
}
screening-diff_counts = Entries: { $added ->
    [0] none added
   *[other] { $added } added
}, { $removed ->
    [0] none removed
   *[other] { $removed } removed
}, { $changed ->
    [0] none changed
   *[other] { $changed } changed
}.
screening-search_changes = Search the changes
screening-search_entries = Search the entries
screening-search = Name or key (or a part of it)
screening-search_entry = Name, other name or key (or a part of it)
screening-change_kind = Changes
screening-change_all = All changes
screening-no_change_found = No change matches.
screening-entry_line = line { $line } of the file
screening-entry_key = Key
screening-entry_place = Source
screening-entry_name = Name
screening-region_entry = Order on “{ $industry }” goods (country: { $country }; no firm named)
screening-entry_scope = Kind of entry
screening-entry_section = Section or measure
screening-entry_industry = Industry
screening-entry_effective = In force from
screening-entry_ends = Until
screening-entry_status = Publisher's status
screening-entry_country = Country
screening-entry_nationality = Nationality
screening-entry_birth_date = Date of birth
screening-entry_reason = Reason
screening-entry_topics = Topics
screening-entry_first_seen = First seen by OpenSanctions
# OpenSanctions topics, by the labels FollowTheMoney gives them (followthemoney/types/topic.py); dots of the code as `_`.
ftm_topic-crime = Crime
ftm_topic-crime_fraud = Fraud
ftm_topic-crime_cyber = Cybercrime
ftm_topic-crime_fin = Financial crime
ftm_topic-crime_env = Environmental violations
ftm_topic-crime_theft = Theft
ftm_topic-crime_war = War crimes
ftm_topic-crime_boss = Criminal leadership
ftm_topic-crime_terror = Terrorism
ftm_topic-crime_traffick = Trafficking
ftm_topic-crime_traffick_drug = Drug trafficking
ftm_topic-crime_traffick_human = Human trafficking
ftm_topic-forced_labor = Forced labour
ftm_topic-asset_frozen = Frozen asset
ftm_topic-wanted = Wanted
ftm_topic-corp_offshore = Offshore
ftm_topic-corp_shell = Shell company
ftm_topic-corp_public = Public listed company
ftm_topic-corp_disqual = Disqualified
ftm_topic-gov = Government
ftm_topic-gov_national = National government
ftm_topic-gov_state = State government
ftm_topic-gov_muni = Municipal government
ftm_topic-gov_soe = State-owned enterprise
ftm_topic-gov_igo = Intergovernmental organization
ftm_topic-gov_head = Head of government or state
ftm_topic-gov_admin = Civil service
ftm_topic-gov_executive = Executive branch of government
ftm_topic-gov_legislative = Legislative branch of government
ftm_topic-gov_judicial = Judicial branch of government
ftm_topic-gov_security = Security services
ftm_topic-gov_financial = Central banking and financial integrity
ftm_topic-fin = Financial services
ftm_topic-fin_bank = Bank
ftm_topic-fin_fund = Fund
ftm_topic-fin_adivsor = Financial advisor
ftm_topic-reg_action = Regulator action
ftm_topic-reg_warn = Regulator warning
ftm_topic-role_pep = Politician
ftm_topic-role_pol = Non-PEP
ftm_topic-role_rca = Close associate
ftm_topic-role_judge = Judge
ftm_topic-role_civil = Civil servant
ftm_topic-role_diplo = Diplomat
ftm_topic-role_lawyer = Lawyer
ftm_topic-role_acct = Accountant
ftm_topic-role_spy = Spy
ftm_topic-role_oligarch = Oligarch
ftm_topic-role_journo = Journalist
ftm_topic-role_act = Activist
ftm_topic-role_lobby = Lobbyist
ftm_topic-pol_party = Political party
ftm_topic-pol_union = Union
ftm_topic-rel = Religion
ftm_topic-mil = Military
ftm_topic-sanction = Sanctioned entity
ftm_topic-sanction_linked = Sanction-linked entity
ftm_topic-sanction_counter = Counter-sanctioned entity
ftm_topic-export_control = Export controlled
ftm_topic-export_risk = Trade risk
ftm_topic-debarment = Debarred entity
ftm_topic-poi = Person of interest
screening-entry_aliases = Other names
screening-entry_former_names = Former names
screening-entry_footnotes = Footnote marks on the name (the notes are under the publisher's table)
screening-entry_subsidiaries = Subsidiaries
screening-entry_subsidiaries_yes = The listing reaches its subsidiaries
screening-entry_identifiers = Identifiers
screening-entry_business_number = Business number
screening-entry_os_id = Open Supply Hub ID
screening-entry_address = Address
screening-entry_other_countries = Other countries
screening-scope_entity = An entity
screening-scope_person = A person
screening-scope_region_or_industry = A region or an industry

# Requests for information: the supplier's list, a bid's chain of declarations.
follow-replaced = This declaration was replaced. The follow-up of the bid goes on at the current declaration, where the requests and notes below are listed too:
follow-current = Follow-up on declaration #{ $id } of { $date }
follow-made_on = Made on declaration #{ $id }
requests-title = Requests for information
requests-lead_supplier = The requests for information or clarification sent to your organisation about its bids, open ones first, each with its deadline and who asked.
requests-lead_officer = The requests for information or clarification you sent to bidders, open ones first.
requests-none = No request for information was sent.
requests-open_title = Requests for information awaiting your answer
requests-no_open = No request for information awaits your answer.
requests-all = All requests for information
requests-row = Solicitation { $number }, asked by { $who } on { $when }; respond by { $date }
nav-requests = Requests for information
standing-request = Request
standing-asked = Asked by, on
rank-order = Responsive bids first, lowest risk first (the worse of the two bands, then the other band, then the forced-labour score, then the child-labour score, then disclosure); then non-responsive bids (a supplier ineligible on the day of the export under PSPC's Ineligibility and Suspension Policy), which cannot be awarded whatever their risk, in the same order; bids not assessed last.
rank-before_nonresponsive = Before { $other }, which is non-responsive: every responsive bid ranks before a non-responsive one.
rank-nonresponsive = Non-responsive: ranked after every responsive bid, whatever its risk.
compare-export_order = Order of the bids
# The sheet of an XLSX export: at most 31 characters (Excel), none of []:*?/\\.
export-sheet_comparison = Comparison
export-sheet_dashboard = Portfolio risk
export-sheet_s211 = S-211 figures
screening-decided_with_note = { $decided }: { $note }

# Between the items of a list said in one line (the lines of one country, the factors of one site).
list-separator = {"; "}
