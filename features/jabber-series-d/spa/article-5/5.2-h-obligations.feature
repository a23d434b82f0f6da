@jabber_series_d
Feature: SPA §5.2(h): the Company meets its material obligations, or cures a failure within forty-five days
  "The Company will comply with all other material obligations which it incurs pursuant to any contract,
  agreement or arrangement ... as such obligations become due, unless and to the extent that (a) the failure
  to so comply would not ... reasonably be expected to have a Material Adverse Effect; (b) the failure to so
  comply is cured by the Company within forty-five (45) days of its discovery; or (c) the same are being
  contested in good faith and by appropriate proceedings and adequate reserves ... have been established".
  The forty-five days run from the day after the Company discovered the failure, every calendar day
  counted; a last day on a Saturday, Sunday or Delaware bank holiday moves to the next day that is none
  (§7.10). Due until the last day of the cure, breached the day after it. From the Closing Date until a
  Qualified Public Offering; waivable only under §7.9.

  A failure discovered on Thursday, January 15, 2004: the forty-fifth day is Sunday, February 29, 2004 (a
  leap day), so the cure may be made until Monday, March 1.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And on "2004-01-10" the Company fails to comply with a material obligation, "the Acme supply payment", discovered on "2004-01-15", which would reasonably be expected to have a Material Adverse Effect, as asserted by "FTTI"

  @spa_5_2_h
  Rule: §5.2(h) Obligations

    Scenario: On the forty-fifth day, a Sunday, the cure is due on the Monday
      When the deal is checked as of "2004-02-29"
      Then "spa.5.2.h" is due on "2004-03-01"
      And the reason for "spa.5.2.h" mentions "Due by March 1, 2004: The Company has not cured a failure to comply with a material obligation, discovered on January 15, 2004"
      And the working for "spa.5.2.h" mentions "skipped: 2004-02-29 (Sunday) is a Sunday"

    Scenario Outline: Cured on <cured>
      Given the Company cures "the Acme supply payment" on "<cured>"
      When the deal is checked as of "2004-03-15"
      Then "spa.5.2.h" <outcome>
      And the reason for "spa.5.2.h" mentions "<reason>"

      Examples:
        | cured      | outcome                      | reason                                                                                                                                |
        | 2004-02-27 | is "complied"                | cured each failure to comply with a material obligation within forty-five days of its discovery; the latest cure on February 27, 2004 |
        | 2004-03-01 | is "complied"                | cured each failure to comply with a material obligation within forty-five days of its discovery; the latest cure on March 1, 2004     |
        | 2004-03-02 | was breached on "2004-03-02" | cured a failure to comply with a material obligation, discovered on January 15, 2004, only on March 2, 2004                           |

    Scenario: Not cured: breached from Tuesday, March 2
      When the deal is checked as of "2004-03-02"
      Then "spa.5.2.h" was breached on "2004-03-02"

    Scenario: Cured after the date the deal is checked: as of that date the cure is still due
      Given the Company cures "the Acme supply payment" on "2004-02-20"
      When the deal is checked as of "2004-02-10"
      Then "spa.5.2.h" is due on "2004-03-01"

    Scenario: A failure that would not reasonably be expected to have a Material Adverse Effect is excepted
      Given on "2004-01-10" the Company fails to comply with a material obligation, "the Acme supply payment", discovered on "2004-01-15", which would not reasonably be expected to have a Material Adverse Effect, as asserted by "COMPANY"
      When the deal is checked as of "2004-03-15"
      Then "spa.5.2.h" is "complied"
      And the reason for "spa.5.2.h" mentions "Each failure of the Company to comply with an obligation since the Closing is excepted"

    Scenario Outline: Contested in good faith by appropriate proceedings, <reserves> adequate reserves
      Given the Company contests "the Acme supply payment" in good faith and by appropriate proceedings, <reserves> adequate reserves under GAAP, as asserted by "COMPANY"
      When the deal is checked as of "2004-03-15"
      Then "spa.5.2.h" <outcome>
      And the reason for "spa.5.2.h" mentions "<reason>"

      Examples:
        | reserves | outcome                      | reason                                                                       |
        | with     | is "complied"                | is contested in good faith by appropriate proceedings with adequate reserves |
        | without  | was breached on "2004-03-02" | it contests it in good faith, but without adequate reserves under GAAP       |

    Scenario: Whether the failure would have a Material Adverse Effect is not judged: unknown
      Given the "material_adverse_effect" of the "obligation_failures" record "the Acme supply payment" is "unknown"
      When the deal is checked as of "2004-03-15"
      Then "spa.5.2.h" is "unknown"

    Scenario: No failure: complied
      Given there are no "obligation_failures"
      When the deal is checked as of "2004-03-15"
      Then "spa.5.2.h" is "complied"

    Scenario: Before the Closing Date nothing is owed under §5.2(h)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.h" is "not yet due"

    Scenario: A Qualified Public Offering ends the covenant, the uncured failure kept on the record
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.h" ended by "a Qualified Public Offering"
      And the working for "spa.5.2.h" mentions "it was breached on 2004-03-02, before it ended"

    Scenario: Waived in writing by every Investor and the Company (obligations)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.h" in writing on "2004-02-15"
      When the deal is checked as of "2004-03-15"
      Then "spa.5.2.h" is "waived"
