@jabber_series_d
Feature: SPA §5.1: the Company's covenants between the date of the Agreement and the Closing
  "The Company covenants and agrees that, from and after the date hereof until the Closing Date or the date
  of termination of this Agreement in the event the Closing does not occur": it conducts its business in
  the ordinary course (a), uses commercially reasonable efforts to close, without having to pay third
  parties more than $10,000 not otherwise legally required (b), enters into no agreement that restricts its
  performance (c), reserves the Common Stock for conversion of the Shares as of the Closing Date (d), and
  keeps the Stock Plan within 5,958,981 shares, every grant vesting over three to five years (e).
  The Agreement is dated March 17, 2003 and the Closing took place on March 18, 2003: before March 17
  nothing is owed; from March 19 each covenant has been ended by the Closing, and a breach before it stays
  on the record, dated. Waivable only under §7.9 (each Investor and the Company, in writing).

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_5_1_a
  Rule: §5.1(a) Conduct of business in the ordinary course consistent with past practice

    Scenario: An act the Company judges within the ordinary course keeps the covenant
      Given the Company's act "the renewal of the office lease" on "2003-03-17" was in the ordinary course consistent with past practice, as asserted by "COMPANY"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.a" is "complied"
      And the reason for "spa.5.1.a" mentions "The act of the Company questioned between the date of the Agreement and the Closing Date was, in the judgement recorded on it, in the ordinary course consistent with past practice"

    Scenario: Nothing questioned: complied
      Given there are no "pre_closing_conduct"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.a" is "complied"
      And the reason for "spa.5.1.a" mentions "No act of the Company between the date of the Agreement and the Closing Date has been questioned"

    Scenario: An act outside the ordinary course breaches it on the day it is done
      Given the Company's act "the sale of the Boulder servers" on "2003-03-17" was not in the ordinary course consistent with past practice, as asserted by "FTTI"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.a" was breached on "2003-03-17"
      And the reason for "spa.5.1.a" mentions "Breached on March 17, 2003: An act of the Company between the date of the Agreement and the Closing Date was, in the judgement recorded on it, outside the ordinary course"

    Scenario: An act before the date of the Agreement is not under the covenant
      Given the Company's act "the sale of the Boulder servers" on "2003-03-14" was not in the ordinary course consistent with past practice, as asserted by "FTTI"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.a" is "complied"

    Scenario: After the Closing the covenant has ended, and the breach before it stays dated
      Given the Company's act "the sale of the Boulder servers" on "2003-03-17" was not in the ordinary course consistent with past practice, as asserted by "FTTI"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.1.a" ended by "the Closing"
      And the working for "spa.5.1.a" mentions "it was breached on 2003-03-17, before it ended"
      And the covenants summary says "spa.5.1.a (§5.1(a)) on 2003-03-17, before it ended on 2003-03-18"

    Scenario: Before the date of the Agreement nothing is owed
      When the deal is checked as of "2003-03-16"
      Then "spa.5.1.a" is "not yet due"

    Scenario: Nothing recorded about the Company's conduct: unknown
      Given the fact "pre_closing_conduct" is unknown
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.a" is "unknown"
      And "spa.5.1.a" is missing "pre_closing_conduct"

    Scenario: FT is not a party to the Agreement: its judgement is set aside and the act stays unknown
      Given the Company's act "the sale of the Boulder servers" on "2003-03-17" was not in the ordinary course consistent with past practice, as asserted by "FT"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.a" is "unknown"
      And "spa.5.1.a" sets aside the assertion by "FT" because "may not make it"

    Scenario: Waived in writing by every Investor and the Company (ordinary course)
      Given the Company's act "the sale of the Boulder servers" on "2003-03-17" was not in the ordinary course consistent with past practice, as asserted by "FTTI"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.1.a" in writing on "2003-03-18"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.a" is "waived"

  @spa_5_1_b
  Rule: §5.1(b) Commercially reasonable efforts to close, without paying third parties more than $10,000

    Scenario Outline: A payment not otherwise legally required: exactly $10,000 must be paid, more need not be
      Given on "2003-03-17" the Company declines to pay "<payment>" to a third party for "the landlord's consent", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.b" <outcome>

      Examples:
        | payment    | outcome                      |
        | $10,000.00 | was breached on "2003-03-17" |
        | $10,000.01 | is "complied"                |

    Scenario Outline: In the aggregate: $4,000.00 already paid, and a second payment of <payment> declined
      Given on "2003-03-17" the Company pays "$4,000.00" to a third party for "the lessor's estoppel", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      And on "2003-03-18" the Company declines to pay "<payment>" to a third party for "the landlord's consent", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.b" <outcome>
      And the reason for "spa.5.1.b" mentions "<reason>"

      Examples:
        | payment   | outcome                      | reason                                                                                                                                                                       |
        | $6,000.00 | was breached on "2003-03-18" | declined to pay a third party $6,000.00 that was not otherwise legally required, though with the payments of that kind it had made it would not have exceeded $10,000        |
        | $6,000.01 | is "complied"                | each payment to a third party it declined ($6,000.01 in all) was not otherwise legally required and would have taken its payments of that kind, $4,000.00 made, past $10,000 |

    Scenario Outline: Two payments of $3,000 and $8,000 declined the same day, under the reading <reading>
      Given the setting "efforts_payment_cap" is "<reading>"
      And on "2003-03-17" the Company declines to pay "$3,000.00" to a third party for "the lessor's estoppel", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      And on "2003-03-17" the Company declines to pay "$8,000.00" to a third party for "the landlord's consent", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.b" <outcome>
      And "spa.5.1.b" used the setting "efforts_payment_cap" as "<reading>"

      Examples:
        | reading        | outcome                      |
        | up_to_cap      | was breached on "2003-03-17" |
        | all_or_nothing | is "complied"                |

    Scenario: Left for counsel, the two readings disagree: unknown
      Given the setting "efforts_payment_cap" is "unresolved"
      And on "2003-03-17" the Company declines to pay "$3,000.00" to a third party for "the lessor's estoppel", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      And on "2003-03-17" the Company declines to pay "$8,000.00" to a third party for "the landlord's consent", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.b" is "unknown"
      And the working for "spa.5.1.b" mentions "breached under up_to_cap, complied under all_or_nothing"

    Scenario: A payment otherwise legally required is never excused by the cap
      Given on "2003-03-17" the Company declines to pay "$50,000.00" to a third party for "the state filing fee", a payment otherwise legally required, its efforts otherwise commercially reasonable as asserted by "COMPANY"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.b" was breached on "2003-03-17"
      And the reason for "spa.5.1.b" mentions "did not make $50,000.00 of payments to third parties that were otherwise legally required"

    Scenario: Efforts that are not commercially reasonable breach the covenant, whatever the payments
      Given on "2003-03-14" the Company uses commercially reasonable efforts towards "the Silicon Valley Bank release", as asserted by "FTTI"
      And on "2003-03-17" the Company fails to use commercially reasonable efforts towards "the Bank's consent", as asserted by "FTTI"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.b" was breached on "2003-03-17"
      And the reason for "spa.5.1.b" mentions "did not use commercially reasonable efforts towards an action necessary to consummate the Closing"

    Scenario: Every action taken, and the $4,000.00 paid: complied
      Given on "2003-03-17" the Company pays "$4,000.00" to a third party for "the lessor's estoppel", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      And on "2003-03-17" the Company uses commercially reasonable efforts towards "the good standing certificates", as asserted by "COMPANY"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.b" is "complied"
      And the reason for "spa.5.1.b" mentions "(2 recorded) and made every payment to a third party they called for"

    Scenario: After the Closing the efforts covenant has ended, its breach kept
      Given on "2003-03-17" the Company declines to pay "$10,000.00" to a third party for "the landlord's consent", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.1.b" ended by "the Closing"
      And the working for "spa.5.1.b" mentions "it was breached on 2003-03-17, before it ended"

    Scenario: Before the date of the Agreement nothing is owed (efforts)
      When the deal is checked as of "2003-03-16"
      Then "spa.5.1.b" is "not yet due"

    Scenario: Nothing recorded about the actions towards the Closing: unknown
      Given the fact "closing_actions" is unknown
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.b" is "unknown"
      And "spa.5.1.b" is missing "closing_actions"

    Scenario: Waived in writing by every Investor and the Company (efforts)
      Given on "2003-03-17" the Company declines to pay "$10,000.00" to a third party for "the landlord's consent", its efforts otherwise commercially reasonable as asserted by "COMPANY"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.1.b" in writing on "2003-03-18"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.b" is "waived"

  @spa_5_1_c
  Rule: §5.1(c) No agreement that restricts the Company's performance

    Scenario: A loan agreement that restricts the Company's performance breaches it on the day it is signed
      Given on "2003-03-17" the Company enters into "the bridge loan agreement", which by its terms restricts the Company from performing its obligations, as asserted by "FTTI"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.c" was breached on "2003-03-17"
      And the reason for "spa.5.1.c" mentions "The Company entered into an agreement that by its terms prevents or restricts it from performing its obligations under the Agreement"

    Scenario: An agreement that restricts nothing keeps the covenant
      Given on "2003-03-17" the Company enters into "the office lease amendment", which by its terms does not restrict the Company from performing its obligations, as asserted by "COMPANY"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.c" is "complied"
      And the reason for "spa.5.1.c" mentions "No agreement or contract the Company entered into between the date of the Agreement and the Closing Date by its terms prevents or restricts it"

    Scenario Outline: A restrictive sales agreement is excluded only if executed in the ordinary course of business
      Given on "2003-03-17" the Company enters into "the Acme reseller agreement", which by its terms restricts the Company from performing its obligations, as asserted by "FTTI"
      And "the Acme reseller agreement" is a sales agreement <course> in the ordinary course of business, as asserted by "FTTI"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.c" <outcome>
      And the reason for "spa.5.1.c" mentions "<reason>"

      Examples:
        | course       | outcome                      | reason                                                                                                                      |
        | executed     | is "complied"                | sales agreements executed in the ordinary course of business aside                                                          |
        | not executed | was breached on "2003-03-17" | entered into a sales agreement, not executed in the ordinary course of business, that by its terms prevents or restricts it |

    Scenario: Whether the agreement restricts the Company is not judged: unknown
      Given on "2003-03-17" the Company enters into "the bridge loan agreement", which by its terms restricts the Company from performing its obligations, as asserted by "FTTI"
      And the "restricts_performance" of the "pre_closing_agreements" record "the bridge loan agreement" is "unknown"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.c" is "unknown"

    Scenario: After the Closing the covenant on agreements has ended
      Given there are no "pre_closing_agreements"
      When the deal is checked as of "2003-03-19"
      Then "spa.5.1.c" ended by "the Closing"

    Scenario: Before the date of the Agreement nothing is owed (agreements)
      When the deal is checked as of "2003-03-16"
      Then "spa.5.1.c" is "not yet due"

    Scenario: Waived in writing by every Investor and the Company (agreements)
      Given on "2003-03-17" the Company enters into "the bridge loan agreement", which by its terms restricts the Company from performing its obligations, as asserted by "FTTI"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.1.c" in writing on "2003-03-18"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.c" is "waived"

  @spa_5_1_d
  Rule: §5.1(d) Common Stock reserved for the conversion of all the Shares, as of the Closing Date

    Scenario: 44,483,362 shares reserved on the Closing Date, the number the Shares convert into
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.d" is "complied"
      And the reason for "spa.5.1.d" mentions "had reserved 44,483,362 shares of Common Stock for issuance, at least the 44,483,362 into which all of the Shares are convertible"

    Scenario: One share short on the Closing Date: breached on the Closing Date
      Given the fact "conversion_shares.reserved" is "44,483,361"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.d" was breached on "2003-03-18"
      And the reason for "spa.5.1.d" mentions "had reserved only 44,483,361 shares of Common Stock for issuance, 1 short of the 44,483,362"

    Scenario: The day after, the Closing has ended the covenant and the shortfall stays on the record
      Given the fact "conversion_shares.reserved" is "44,483,361"
      When the deal is checked as of "2003-03-19"
      Then "spa.5.1.d" ended by "the Closing"
      And the working for "spa.5.1.d" mentions "it was breached on 2003-03-18, before it ended"

    Scenario: Before the Closing Date the reservation is not yet owed
      When the deal is checked as of "2003-03-17"
      Then "spa.5.1.d" is "not yet due"

    Scenario: How many shares are reserved is not known: unknown
      Given the fact "conversion_shares.reserved" is unknown
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.d" is "unknown"
      And "spa.5.1.d" is missing "conversion_shares.reserved"

    Scenario: Waived in writing by every Investor and the Company (reservation)
      Given the fact "conversion_shares.reserved" is "44,483,361"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.1.d" in writing on "2003-03-18"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.d" is "waived"

  @spa_5_1_e_cap
  Rule: §5.1(e) The Stock Plan issues no more than 5,958,981 shares

    Scenario Outline: <under option> shares under option and none issued, under the catalog's reading
      Given on "2003-03-17" the Stock Plan stands at "7,500,000" shares authorized, "0" issued and "1,714,284" under option
      And on "2003-03-18" the Stock Plan stands at "7,500,000" shares authorized, "0" issued and "<under option>" under option
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.e.cap" <outcome>
      And the reason for "spa.5.1.e.cap" mentions "<reason>"

      Examples:
        | under option | outcome                      | reason                                                                                       |
        | 5,958,981    | is "complied"                | has 0 shares issued and 5,958,981 under option, 5,958,981 in all                             |
        | 5,958,982    | was breached on "2003-03-18" | had 0 shares issued and 5,958,982 under option, 5,958,982 in all: more than 5,958,981 shares |

    Scenario Outline: Counting only the shares issued (<issued> issued, 100,000 under option)
      Given the setting "stock_plan_cap_measure" is "issued_only"
      And on "2003-03-18" the Stock Plan stands at "7,500,000" shares authorized, "<issued>" issued and "100,000" under option
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.e.cap" <outcome>

      Examples:
        | issued    | outcome                      |
        | 5,958,981 | is "complied"                |
        | 5,958,982 | was breached on "2003-03-18" |

    Scenario: Options over 5,958,982 shares, none exercised: within the cap if only issued shares count
      Given the setting "stock_plan_cap_measure" is "issued_only"
      And on "2003-03-18" the Stock Plan stands at "7,500,000" shares authorized, "0" issued and "5,958,982" under option
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.e.cap" is "complied"
      And the reason for "spa.5.1.e.cap" mentions "has 0 shares issued (shares under option not counted)"

    Scenario: After the Closing the pre-closing cap has ended, its breach kept
      Given on "2003-03-18" the Stock Plan stands at "7,500,000" shares authorized, "0" issued and "5,958,982" under option
      When the deal is checked as of "2003-06-30"
      Then "spa.5.1.e.cap" ended by "the Closing"
      And the working for "spa.5.1.e.cap" mentions "it was breached on 2003-03-18, before it ended"

    Scenario: Before the date of the Agreement nothing is owed (Stock Plan cap)
      When the deal is checked as of "2003-03-16"
      Then "spa.5.1.e.cap" is "not yet due"

    Scenario: Nothing stated of the Stock Plan: unknown
      Given the fact "stock_plan_statements" is unknown
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.e.cap" is "unknown"
      And "spa.5.1.e.cap" is missing "stock_plan_statements"

    Scenario: Waived in writing by every Investor and the Company (Stock Plan cap)
      Given on "2003-03-18" the Stock Plan stands at "7,500,000" shares authorized, "0" issued and "5,958,982" under option
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.1.e.cap" in writing on "2003-03-18"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.e.cap" is "waived"

  @spa_5_1_e_vesting
  Rule: §5.1(e) Every grant under the Stock Plan vests over three to five years

    Scenario Outline: A grant vesting over <years> years
      Given on "2003-03-17" the Company grants "options to the new engineers" over "100,000" shares under the Stock Plan, vesting over "<years>" years
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.e.vesting" <outcome>
      And the reason for "spa.5.1.e.vesting" mentions "<reason>"

      Examples:
        | years | outcome                      | reason                                                                            |
        | 3     | is "complied"                | subject to a vesting/repurchase schedule of 36 months, within three to five years |
        | 5     | is "complied"                | subject to a vesting/repurchase schedule of 60 months, within three to five years |
        | 7/2   | is "complied"                | subject to a vesting/repurchase schedule of 42 months, within three to five years |
        | 35/12 | was breached on "2003-03-17" | vests over 35 months, less than three years                                       |
        | 61/12 | was breached on "2003-03-17" | vests over 61 months, more than five years                                        |

    Scenario: A grant subject to no vesting/repurchase schedule breaches it
      Given on "2003-03-18" the Company grants "shares to the new CFO" over "50,000" shares under the Stock Plan, subject to no vesting/repurchase schedule
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.e.vesting" was breached on "2003-03-18"
      And the reason for "spa.5.1.e.vesting" mentions "A grant under the Stock Plan, over 50,000 shares, is subject to no vesting/repurchase schedule"

    Scenario: After the Closing the pre-closing vesting covenant has ended
      Given there are no "stock_plan_grants"
      When the deal is checked as of "2003-03-19"
      Then "spa.5.1.e.vesting" ended by "the Closing"

    Scenario: Before the date of the Agreement nothing is owed (vesting)
      When the deal is checked as of "2003-03-16"
      Then "spa.5.1.e.vesting" is "not yet due"

    Scenario: Nothing recorded of the grants: unknown
      Given the fact "stock_plan_grants" is unknown
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.e.vesting" is "unknown"

    Scenario: Waived in writing by every Investor and the Company (vesting)
      Given on "2003-03-18" the Company grants "shares to the new CFO" over "50,000" shares under the Stock Plan, subject to no vesting/repurchase schedule
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.1.e.vesting" in writing on "2003-03-18"
      When the deal is checked as of "2003-03-18"
      Then "spa.5.1.e.vesting" is "waived"
