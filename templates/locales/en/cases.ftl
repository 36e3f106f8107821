# Compliance cases: the reasons an instrument is in force, the lines of the pre-termination checklist, and the
# refusals of an event to record (`cases`), said at the edge. A refusal names the field by its form's label (`$field`)
# and quotes the value as given (`$given`); other days are in words.

instrument-why-code_of_conduct = Awarded { $awarded }; the revised Code applies to contracts from { $from }.
instrument-why-clauses = Awarded { $awarded }; the clauses are in contracts from { $from }.
instrument-why-apparel = Apparel: required by the ethical procurement of apparel initiative.
instrument-why-ppe = PPE awarded { $awarded }; in new PPE contracts from { $from }.
instrument-why-not_required = Not required for the goods category “{ $category }”.
instrument-why-overridden = Overridden: { $reason } (computed: { $computed })

checklist-clause = The contract carries a clause that allows termination for forced labour or trafficking.
checklist-no_clause = No instrument in force for this contract allows termination for forced labour: the contract predates the 2021 Code and clauses (record an override if they were written in).
checklist-trigger = There is a trigger: a CBSA 9897.00.00 classification, a false certification, or credible information showing ILO indicators.
checklist-no_trigger = Missing: a trigger — a CBSA 9897.00.00 classification, a false certification, or information of medium or high credibility showing at least one ILO indicator.
checklist-clause_child_labour = The contract carries an instrument on human and labour rights that covers child labour (the 2021 Code of Conduct or the ethical procurement certification).
checklist-no_clause_child_labour = No instrument in force for this contract covers child labour: neither the 2021 Code of Conduct nor the ethical procurement certification applies (record an override if one was written in).
checklist-trigger_child_labour = There is a trigger for child labour: a CBSA 9897.00.00 classification (from 1 January 2024), a false certification, or credible information showing child-labour indicators (ILO C138/C182).
checklist-no_trigger_child_labour = Missing: a trigger for child labour — a CBSA 9897.00.00 classification dated from 1 January 2024, a false certification, or information of medium or high credibility showing at least one child-labour indicator (below minimum working age, hazardous work, worst forms, school attendance).{ $early_tariff ->
    [yes] {" "}A CBSA classification dated before 1 January 2024 does not count: tariff item 9897.00.00 covered forced labour only until then.
   *[no] {""}
}
checklist-linked = The evidence is linked to sites of the supplier's chain.
checklist-not_linked = Missing: evidence linked to a site of the supplier's declared chain.
checklist-notice = The supplier was given notice.
checklist-no_notice = Missing: a notice to the supplier with a deadline to respond.
checklist-heard = The supplier responded to every notice, or its response period ended.
checklist-not_heard = Missing: the supplier's response, or the end of its response period.
checklist-not_heard_waiting = Missing: the supplier's response, or the end of its response period ({ $waiting }).
checklist-waiting_notice = notice { $number }: until { $until }
checklist-remediation = Remediation was considered (a corrective action plan, or a statement of why remediation is not possible).
checklist-no_remediation = Missing: a corrective action plan, or a decision stating why remediation is not possible.

case-refused-delivery_later = { $field } { $given }: a delivery is recorded once it happened (today is { $today }).
case-refused-delivery_incomplete = { notice-delivery }: an earlier delivery is recorded with how it was made and what proves it ({ notice-delivery_means }, { notice-delivery_evidence }).
case-refused-sent_on = { $field } { $given }: a notice is sent when the supplier can first see it — when it is recorded ({ $today }), or on an earlier delivery recorded with its proof ({ notice-delivery }).
case-refused-respond_by_short = { $field } { $given }: the { $policy } gives the supplier at least { $days } days from the day it could first see the notice ({ $sent }): { $minimum } at the earliest.
case-refused-received_on = { $field } { $given }: the service dates a response on the day it receives it ({ $today }).
case-refused-before_award = { $field } { $given }: before the contract was awarded ({ $awarded }).
case-refused-before_opening = { $field } { $given }: before the case was opened ({ $opened }).
case-refused-in_future = { $field } { $given }: in the future (today is { $today }).
case-refused-notice_after_decision = { case-add_notice }: the case is decided ({ $outcome }, { $decided }, entry { $entry }); a notice can no longer be answered in it.
case-refused-evidence_later = { $field } { $given }: evidence is recorded once it exists (today is { $today }).
case-refused-sites = { $field }: “{ $given }” is not a site of a declaration of the contract's supplier (write the declaration number, a slash and the site's reference, e.g. 12/CN-YARN).
case-refused-child_with_forced_indicators = { case-indicators }: a child-labour allegation is shown by child-labour indicators ({ allegation-child_indicators }), not forced-labour ones.
case-refused-forced_with_child_indicators = { allegation-child_indicators }: a forced-labour allegation is shown by the ILO indicators of forced labour ({ case-indicators }), not child-labour ones; record a child-labour allegation for them.
case-refused-second_decision = { case-add_decision }: the case already has its decision (entry { $entry }: { $outcome }, { $decided }); a decision closes the case — open a new case on new facts.
case-refused-termination_unmet = { case-outcome } “{ $outcome }”: the pre-termination checklist has unmet lines — { $lines }
case-refused-termination_remediation = { case-remediation_not_possible_because }: with no corrective action plan on record, a termination states why remediation is not possible, apart from its rationale.
case-refused-respond_by_passed = { $field } { $given }: the deadline has already passed (today is { $today }); the response period must still be open when the notice is recorded.
case-refused-respond_by_far = { $field } { $given }: the deadline must be at most one year after the notice takes effect ({ $sent }): { $latest } at the latest.
case-refused-title = { contracts-case_title }: a case needs a title.
case-refused-no_such_notice = { case-notice } { $given }: no notice of this case has this number.
case-refused-rationale = { case-rationale }: a decision states its reasons.
case-refused-source = { case-source }: evidence names its source.
case-refused-notice_text = { case-subject }, { case-body }: a notice says what it is about.

contract-refused-business_number = { contracts-business_number } “{ $given }”: { $why }.
contract-refused-number = { contracts-number }: a contract needs its number.
contract-refused-number_slash = { contracts-number } “{ $given }”: it ends on a slash, with nothing after it; write the call-up or amendment number after the slash (W9999-260001/001), or leave the slash out.
contract-refused-ends_before_award = { contracts-ends_on } { $ends }: before the day the contract was awarded ({ $awarded }).
contract-refused-value_negative = { contracts-value }: a contract's value is a non-negative number of dollars.
contract-refused-value_cents = { contracts-value } { $value }: a contract's value is in dollars and cents, at most two decimals.
contract-refused-value_too_large = { contracts-value }: a contract's value is at most ${ $max } (one trillion dollars); check the number typed.
contract-refused-override_reason = { contracts-overridden }: every override needs its reason.
contract-refused-goods_category = { contracts-goods } (goods_category) “{ $given }”: not a goods category of the risk model, whose instruments in force follow the category; use one of its codes: { $codes }.
contract-refused-meant = { $why } Did you mean “{ $meant }”?
contract-refused-awarded_too_early = { contracts-awarded_on } (awarded_on) { $given }: before { $earliest }, the first day of the earliest fiscal year the service reports on; check the year typed.
contract-refused-awarded_in_future = { contracts-awarded_on } (awarded_on) { $given }: after today ({ $today }); a contract is recorded once it is awarded.
