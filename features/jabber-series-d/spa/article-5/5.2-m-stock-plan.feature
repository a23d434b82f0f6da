@jabber_series_d
Feature: SPA §5.2(m): the Stock Plan decreased to 5,958,981 shares, its grants vesting over three to five years
  "The Company shall take any and all action necessary to decrease the number of authorized shares in its
  Stock Plan to ... (5,958,981) shares of Common Stock and to ensure that any shares issued pursuant to the
  Stock Plan after the Closing are subject to a vesting/repurchase schedule over three to five years. Prior
  to such decrease in the authorized number of shares, the Company shall not issue any shares pursuant to
  the Stock Plan in excess of ... (5,958,981) shares of Common Stock." The Agreement sets no date for the
  decrease: when a reasonable time runs out is a party's judgement. What counts towards the 5,958,981 is
  the setting stock_plan_cap_measure (by default the shares issued and those under option). From the
  Closing Date until a Qualified Public Offering; waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And on "2003-03-17" the Stock Plan stands at "7,500,000" shares authorized, "0" issued and "1,714,284" under option

  @spa_5_2_m_decrease
  Rule: §5.2(m) Decrease the Stock Plan to 5,958,981 shares

    Scenario: Decreased on June 30, 2003: complied
      Given on "2003-06-30" the Stock Plan stands at "5,958,981" shares authorized, "0" issued and "1,714,284" under option
      When the deal is checked as of "2003-07-15"
      Then "spa.5.2.m.decrease" is "complied"
      And the reason for "spa.5.2.m.decrease" mentions "By its latest statement, of June 30, 2003, the Stock Plan is authorized to issue 5,958,981 shares of Common Stock"

    Scenario Outline: Not decreased; a reasonable time runs to December 31, 2003 (as of <as of>)
      Given a reasonable time for decreasing the Stock Plan runs to "2003-12-31", as asserted by "FTTI"
      When the deal is checked as of "<as of>"
      Then "spa.5.2.m.decrease" <outcome>
      And the reason for "spa.5.2.m.decrease" mentions "By its latest statement, of March 18, 2003, the Stock Plan is still authorized to issue 7,500,000 shares: it has not been decreased to 5,958,981"

      Examples:
        | as of      | outcome                      |
        | 2003-12-31 | is due on "2003-12-31"       |
        | 2004-01-01 | was breached on "2004-01-01" |

    Scenario: Decreased to 5,000,000 shares: not the decrease the covenant asks for
      Given on "2003-06-30" the Stock Plan stands at "5,000,000" shares authorized, "0" issued and "1,714,284" under option
      And a reasonable time for decreasing the Stock Plan runs to "2003-12-31", as asserted by "FTTI"
      When the deal is checked as of "2004-01-20"
      Then "spa.5.2.m.decrease" was breached on "2004-01-01"
      And the reason for "spa.5.2.m.decrease" mentions "the Stock Plan is authorized to issue 5,000,000 shares, not the 5,958,981 the Company was to decrease it to"

    Scenario: Not decreased, and nobody has said when a reasonable time runs out: unknown
      Given the fact "stock_plan.decrease_due_by" is unknown
      When the deal is checked as of "2004-01-20"
      Then "spa.5.2.m.decrease" is "unknown"
      And "spa.5.2.m.decrease" is missing "stock_plan.decrease_due_by"

    Scenario: Before the Closing Date the decrease is not yet owed
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.m.decrease" is "not yet due"

    Scenario: A Qualified Public Offering ends the covenant to decrease the Stock Plan
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.m.decrease" ended by "a Qualified Public Offering"

    Scenario: Waived in writing by every Investor and the Company (decrease)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.m.decrease" in writing on "2003-09-30"
      When the deal is checked as of "2004-01-20"
      Then "spa.5.2.m.decrease" is "waived"

  @spa_5_2_m_cap
  Rule: §5.2(m) No more than 5,958,981 shares until the Stock Plan is decreased

    Scenario Outline: After the Closing, <issued> issued and <under option> under option, the Plan not yet decreased
      Given on "2003-09-30" the Stock Plan stands at "7,500,000" shares authorized, "<issued>" issued and "<under option>" under option
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.cap" <outcome>
      And the reason for "spa.5.2.m.cap" mentions "<reason>"

      Examples:
        | issued  | under option | outcome                      | reason                                                                                             |
        | 500,000 | 5,458,981    | is "complied"                | has 500,000 shares issued and 5,458,981 under option, 5,958,981 in all                             |
        | 500,000 | 5,458,982    | was breached on "2003-09-30" | had 500,000 shares issued and 5,458,982 under option, 5,958,982 in all: more than 5,958,981 shares |

    Scenario Outline: Counting only the shares issued (<issued> issued, 2,000,000 under option)
      Given the setting "stock_plan_cap_measure" is "issued_only"
      And on "2003-09-30" the Stock Plan stands at "7,500,000" shares authorized, "<issued>" issued and "2,000,000" under option
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.cap" <outcome>
      And the reason for "spa.5.2.m.cap" mentions "<reason>"
      And "spa.5.2.m.cap" used the setting "stock_plan_cap_measure" as "issued_only"

      Examples:
        | issued    | outcome                      | reason                                                                |
        | 5,958,981 | is "complied"                | has 5,958,981 shares issued (shares under option not counted)         |
        | 5,958,982 | was breached on "2003-09-30" | had issued 5,958,982 shares under the Stock Plan, more than 5,958,981 |

    Scenario: Once the Plan is decreased, the cap of §5.2(m) no longer applies
      Given on "2003-06-30" the Stock Plan stands at "5,958,981" shares authorized, "0" issued and "1,714,284" under option
      And on "2003-09-30" the Stock Plan stands at "5,958,981" shares authorized, "500,000" issued and "5,458,981" under option
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.cap" is "complied"
      And the reason for "spa.5.2.m.cap" mentions "while authorized above that number: its latest statement then, of March 18, 2003"

    Scenario: The only statement is from before the Closing: nothing after it to breach the cap
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.cap" is "complied"

    Scenario: Nothing known about the Stock Plan: unknown
      Given the fact "stock_plan_statements" is unknown
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.cap" is "unknown"

    Scenario: Before the Closing Date the cap of §5.2(m) is not yet owed
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.m.cap" is "not yet due"

    Scenario: A Qualified Public Offering ends the cap, the breach kept on the record
      Given on "2003-09-30" the Stock Plan stands at "7,500,000" shares authorized, "500,000" issued and "5,458,982" under option
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.m.cap" ended by "a Qualified Public Offering"
      And the working for "spa.5.2.m.cap" mentions "it was breached on 2003-09-30, before it ended"

    Scenario: Waived in writing by every Investor and the Company (cap after the Closing)
      Given on "2003-09-30" the Stock Plan stands at "7,500,000" shares authorized, "500,000" issued and "5,458,982" under option
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.m.cap" in writing on "2003-10-15"
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.cap" is "waived"

  @spa_5_2_m_vesting
  Rule: §5.2(m) Grants after the Closing vest over three to five years

    Scenario Outline: A grant after the Closing vesting over <years> years
      Given on "2003-09-30" the Company grants "options to the sales team" over "200,000" shares under the Stock Plan, vesting over "<years>" years
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.vesting" <outcome>
      And the reason for "spa.5.2.m.vesting" mentions "<reason>"

      Examples:
        | years | outcome                      | reason                                                                            |
        | 3     | is "complied"                | subject to a vesting/repurchase schedule of 36 months, within three to five years |
        | 5     | is "complied"                | subject to a vesting/repurchase schedule of 60 months, within three to five years |
        | 2     | was breached on "2003-09-30" | vests over 24 months, less than three years                                       |
        | 6     | was breached on "2003-09-30" | vests over 72 months, more than five years                                        |

    Scenario: A grant before the Closing is §5.1(e)'s, not §5.2(m)'s
      Given on "2003-03-17" the Company grants "shares to the new CFO" over "50,000" shares under the Stock Plan, subject to no vesting/repurchase schedule
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.vesting" is "complied"
      And "spa.5.1.e.vesting" ended by "the Closing"

    Scenario: Nothing recorded of the grants after the Closing: unknown
      Given the fact "stock_plan_grants" is unknown
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.vesting" is "unknown"
      And "spa.5.2.m.vesting" is missing "stock_plan_grants"

    Scenario: Before the Closing Date the vesting covenant of §5.2(m) is not yet owed
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.m.vesting" is "not yet due"

    Scenario: A Qualified Public Offering ends the vesting covenant
      Given there are no "stock_plan_grants"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.m.vesting" ended by "a Qualified Public Offering"

    Scenario: Waived in writing by every Investor and the Company (vesting after the Closing)
      Given on "2003-09-30" the Company grants "options to the sales team" over "200,000" shares under the Stock Plan, subject to no vesting/repurchase schedule
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.m.vesting" in writing on "2003-10-15"
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.m.vesting" is "waived"
