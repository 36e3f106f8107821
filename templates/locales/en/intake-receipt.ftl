# What the receipt of a declaration says of the intake's remarks. Same identifiers and variables as
# ../fr/intake-receipt.ftl.

receipt-warnings = Remarks on reading the file (it was stored)
receipt-warnings_lead = { $count ->
    [one] Your file was stored, but reading it raised one remark. Check the cell it names: if what was read is not what you meant to declare, correct the file and send it again.
   *[other] Your file was stored, but reading it raised { $count } remarks. Check the cells they name: if what was read is not what you meant to declare, correct the file and send it again.
}
