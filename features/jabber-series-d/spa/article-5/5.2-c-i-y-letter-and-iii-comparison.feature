@jabber_series_d
Feature: SPA §5.2(c)(i)(y) and (iii): the management letter and the annual comparison against the plan
  With the annual statements, "(y) a management letter prepared by such firm", within ninety days after
  the end of each fiscal year; and "within ninety (90) days after the beginning of such fiscal year, an
  annual comparison against the business plan and operating budget with respect to the prior fiscal year".
  For 2003, the letter is due by Tuesday, March 30, 2004 and the comparison by Wednesday, March 31, 2004
  (90 days after January 1, 2004, a leap year). Both only while the Investor holds 15% of its Shares.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_5_2_c_i_letter
  Rule: §5.2(c)(i)(y) The management letter within ninety days after each fiscal year

    Scenario Outline: Not yet delivered for 2003: due until March 30, 2004, breached from March 31
      When the deal is checked as of "<as of>"
      Then "spa.5.2.c.i.letter" for "FTTI" <outcome>
      And the reason for "spa.5.2.c.i.letter" for "FTTI" mentions "The Company has not delivered to FTTI a management letter for the fiscal year ended December 31, 2003"

      Examples:
        | as of      | outcome                      |
        | 2004-01-20 | is due on "2004-03-30"       |
        | 2004-03-30 | is due on "2004-03-30"       |
        | 2004-03-31 | was breached on "2004-03-31" |

    Scenario: Delivered with the statements on March 26, 2004
      Given the Company delivers the "management letter" for the period ending "2003-12-31" to "FTTI, INTEL, WEBB" on "2004-03-26"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.letter" is "complied" for every party
      And the reason for "spa.5.2.c.i.letter" for "INTEL" mentions "a management letter for each fiscal year ended since the Closing within ninety days after the year's end; the latest, for the fiscal year ended December 31, 2003, on March 26, 2004"

    Scenario: Before the first fiscal year after the Closing ends, no letter is owed
      When the deal is checked as of "2003-12-30"
      Then "spa.5.2.c.i.letter" is "not yet due" for "WEBB"

    Scenario: Without the record of what was delivered, the letter is unknown
      Given the fact "financial_reports" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.letter" is "unknown" for "INTEL"

    Scenario: Waived in writing by every Investor and the Company (management letter)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.i.letter" in writing on "2004-04-01"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.letter" is "waived" for "INTEL"

  @spa_5_2_c_iii_comparison
  Rule: §5.2(c)(iii) The annual comparison against the plan within ninety days after the fiscal year begins

    Scenario Outline: The comparison for 2003: due until Wednesday, March 31, 2004, breached from April 1
      When the deal is checked as of "<as of>"
      Then "spa.5.2.c.iii.comparison" for "WEBB" <outcome>
      And the reason for "spa.5.2.c.iii.comparison" for "WEBB" mentions "The Company has not delivered to Webb the annual comparison against the business plan and operating budget for the fiscal year ended December 31, 2003"

      Examples:
        | as of      | outcome                      |
        | 2004-01-20 | is due on "2004-03-31"       |
        | 2004-03-31 | is due on "2004-03-31"       |
        | 2004-04-01 | was breached on "2004-04-01" |

    Scenario: Delivered on March 15, 2004
      Given the Company delivers the "plan comparison" for the period ending "2003-12-31" to "FTTI, INTEL, WEBB" on "2004-03-15"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.iii.comparison" is "complied" for every party
      And the reason for "spa.5.2.c.iii.comparison" for "FTTI" mentions "within ninety days after the next fiscal year began; the latest, for the fiscal year ended December 31, 2003, on March 15, 2004"
      And the working for "spa.5.2.c.iii.comparison" for "FTTI" mentions "2004-03-31"

    Scenario: Before the first fiscal year after the Closing ends, no comparison is owed
      When the deal is checked as of "2003-12-30"
      Then "spa.5.2.c.iii.comparison" is "not yet due" for "FTTI"

    Scenario: Without the record of what was delivered, the comparison is unknown
      Given the fact "financial_reports" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.iii.comparison" is "unknown" for "FTTI"

    Scenario: Waived in writing by every Investor and the Company (comparison)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.iii.comparison" in writing on "2004-04-10"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.iii.comparison" is "waived" for "WEBB"

  Scenario Outline: Below 15% of its original Shares, FTTI is owed no <what>
    Given "FTTI" holds "1,838,876" Shares on "2003-09-30"
    When the deal is checked as of "2004-04-15"
    Then "<rule>" is "not applicable" for "FTTI"
    And the reason for "<rule>" for "FTTI" mentions "FTTI holds 1,838,876 Shares, directly or indirectly, by its holdings statement of September 30, 2003: less than the 15% of the 12,259,180 Shares it purchased at the Closing"
    And "<rule>" is "<other>" for "INTEL"

    Examples:
      | what                 | rule                     | other    |
      | annual statements    | spa.5.2.c.i.annual       | complied |
      | management letter    | spa.5.2.c.i.letter       | breached |
      | monthly statements   | spa.5.2.c.ii.monthly     | breached |
      | quarterly statements | spa.5.2.c.ii.quarterly   | due      |
      | budget               | spa.5.2.c.iii.budget     | due      |
      | plan comparison      | spa.5.2.c.iii.comparison | breached |
      | officer's certificate| spa.5.2.c.v              | breached |
