@jabber_series_d
Feature: SPA §5.2(c): the Investors' information rights, as of any date after the Closing
  From the Closing Date until a Qualified Public Offering the Company delivers to each Investor its
  annual audited statements within ninety days after each fiscal year, monthly and quarterly
  statements within thirty days after each month and fiscal quarter, and the budget and strategic plan
  within thirty days prior to each fiscal year-end, each with an officer's certificate. Each is a
  covenant over time: complied so far, due (with its deadline), breached (with the day after the
  deadline), or not yet due. Days are counted under §7.10: a last day on a Saturday, Sunday or Delaware
  bank holiday moves to the next day that is none of these. Waivable only under §7.9 (each Investor and
  the Company, in writing).

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  Scenario: A year after the Closing, a lawyer asks whether the Company is in compliance
    When the deal is checked as of "2004-04-15"
    Then the covenants summary says "not in compliance"
    And the covenants summary says "spa.5.2.c.ii.monthly (§5.2(c)(ii)) for FTTI, INTEL, WEBB on 2003-12-02"
    And the covenants summary says "spa.5.2.c.ii.quarterly (§5.2(c)(ii)) for FTTI, INTEL, WEBB by 2004-04-30"

  Scenario: In November 2003, before the late statements, everything owed had come in
    Given no indemnity claim has arisen
    When the deal is checked as of "2003-10-25"
    Then "spa.5.2.c.ii.monthly" is "complied" for every party
    And "spa.5.2.c.ii.quarterly" is "complied" for every party
    And the covenants summary says "due: spa.5.2.c.iii.budget (§5.2(c)(iii)) for FTTI, INTEL, WEBB by 2003-12-01"

  @spa_5_2_c_i_annual
  Rule: §5.2(c)(i) Annual audited statements within ninety days after each fiscal year

    Scenario: The statements for 2003 reached every Investor on March 26, 2004, before the deadline
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.annual" is "complied" for every party
      And the reason for "spa.5.2.c.i.annual" for "FTTI" mentions "audited and certified, within ninety days after the year's end; the latest, for the fiscal year ended December 31, 2003, on March 26, 2004"

    Scenario: Before the first fiscal year after the Closing ends, nothing is owed yet
      When the deal is checked as of "2003-12-30"
      Then "spa.5.2.c.i.annual" is "not yet due" for "FTTI"

    Scenario Outline: Not delivered to FTTI: due on the deadline, breached the day after
      Given the Company has delivered no "annual statements" for the period ending "2003-12-31" to "FTTI"
      When the deal is checked as of "<as of>"
      Then "spa.5.2.c.i.annual" for "FTTI" <outcome>
      And the reason for "spa.5.2.c.i.annual" for "FTTI" mentions "The Company has not delivered to FTTI audited financial statements for the fiscal year ended December 31, 2003"

      Examples:
        | as of      | outcome                        |
        | 2004-01-15 | is due on "2004-03-30"         |
        | 2004-03-30 | is due on "2004-03-30"         |
        | 2004-03-31 | was breached on "2004-03-31"   |

    Scenario: Statements that are not audited and certified do not perform the covenant
      Given the Company delivers the "annual statements" for the period ending "2003-12-31" to "WEBB" on "2004-03-26", not audited and certified
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.annual" for "WEBB" was breached on "2004-03-31"
      And the reason for "spa.5.2.c.i.annual" for "WEBB" mentions "The financial statements for the fiscal year ended December 31, 2003 that the Company delivered to Webb on March 26, 2004 were not audited and certified"

    Scenario: The deadline for 2006 falls on Saturday, March 31, 2007, and moves to Monday, April 2
      Given the Company delivers the "annual statements" for the period ending "2004-12-31" to "FTTI" on "2005-03-15"
      And the Company delivers the "annual statements" for the period ending "2005-12-31" to "FTTI" on "2006-03-15"
      When the deal is checked as of "2007-04-02"
      Then "spa.5.2.c.i.annual" for "FTTI" is due on "2007-04-02"
      And the working for "spa.5.2.c.i.annual" for "FTTI" mentions "2007-03-31 (Saturday) is a Saturday"

    Scenario: Without the record of what was delivered, the covenant is unknown (annual statements)
      Given the fact "financial_reports" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.annual" is "unknown" for "FTTI"
      And "spa.5.2.c.i.annual" for "FTTI" is missing "financial_reports"

    Scenario: Every Investor and the Company waive a late delivery in writing
      Given the Company has delivered no "annual statements" for the period ending "2003-12-31" to "FTTI"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.i.annual" in writing on "2004-04-05"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.annual" is "waived" for "FTTI"

  @spa_5_2_c_ii_monthly
  Rule: §5.2(c)(ii) Monthly statements within thirty days after each calendar month

    Scenario Outline: The statements for October 2003 were due on Sunday, November 30, moved to Monday, December 1; they came on December 3
      When the deal is checked as of "<as of>"
      Then "spa.5.2.c.ii.monthly" for "INTEL" <outcome>
      And the reason for "spa.5.2.c.ii.monthly" for "INTEL" mentions "<reason>"

      Examples:
        | as of      | outcome                      | reason                                                                                                                                                                                             |
        | 2003-11-30 | is due on "2003-12-01"       | Due by December 1, 2003: The Company has not delivered to Intel unaudited financial statements for the month ended October 31, 2003                                                                |
        | 2003-12-01 | is due on "2003-12-01"       | Due by December 1, 2003: The Company has not delivered to Intel unaudited financial statements for the month ended October 31, 2003                                                                |
        | 2003-12-02 | was breached on "2003-12-02" | Breached on December 2, 2003: The Company has not delivered to Intel unaudited financial statements for the month ended October 31, 2003                                                           |
        | 2004-04-15 | was breached on "2003-12-02" | Breached on December 2, 2003: The Company delivered to Intel unaudited financial statements for the month ended October 31, 2003 on December 3, 2003, later than thirty days after the month's end |

    Scenario: Before October ended, every month was in on time
      When the deal is checked as of "2003-10-25"
      Then "spa.5.2.c.ii.monthly" is "complied" for every party
      And the reason for "spa.5.2.c.ii.monthly" for "WEBB" mentions "unaudited financial statements for each month ended since the Closing within thirty days after the month's end; the latest, for the month ended September 30, 2003, on October 20, 2003"

    Scenario: At the Closing the first month, March 2003, has not yet ended
      When the deal is checked as of "2003-03-18"
      Then "spa.5.2.c.ii.monthly" is "not yet due" for "WEBB"

    Scenario Outline: A deadline on Memorial Day, Monday, May 30, 2005, moves to Tuesday, May 31
      Given the fact "closing_date" is "2005-04-15"
      When the deal is checked as of "<as of>"
      Then "spa.5.2.c.ii.monthly" for "FTTI" <outcome>
      And the working for "spa.5.2.c.ii.monthly" for "FTTI" mentions "Memorial Day"

      Examples:
        | as of      | outcome                       |
        | 2005-05-31 | is due on "2005-05-31"        |
        | 2005-06-01 | was breached on "2005-06-01"  |

    Scenario: Without the record of what was delivered, the covenant is unknown (monthly statements)
      Given the fact "financial_reports" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.ii.monthly" is "unknown" for "WEBB"

    Scenario: Every Investor and the Company waive the late October statements in writing
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.ii.monthly" in writing on "2003-12-05"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.ii.monthly" is "waived" for every party

    Scenario: A waiver by the Investors without the Company is set aside
      Given "FTTI, INTEL, WEBB" waives "spa.5.2.c.ii.monthly" in writing on "2003-12-05"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.ii.monthly" is "breached" for "FTTI"
      And "spa.5.2.c.ii.monthly" for "FTTI" sets aside the waiver by "FTTI, INTEL, WEBB" because "COMPANY did not join"

  @spa_5_2_c_ii_quarterly
  Rule: §5.2(c)(ii) Quarterly statements within thirty days after each fiscal quarter

    Scenario: The first quarter of 2004 ended on March 31; its statements are due by April 30
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.ii.quarterly" for "FTTI" is due on "2004-04-30"
      And the reason for "spa.5.2.c.ii.quarterly" for "FTTI" mentions "Due by April 30, 2004: The Company has not delivered to FTTI unaudited financial statements for the fiscal quarter ended March 31, 2004"
      And the deadline for "spa.5.2.c.ii.quarterly" for "WEBB" is "2004-04-30"

    Scenario: Delivered on April 28, they are in on time
      Given the Company delivers the "quarterly statements" for the period ending "2004-03-31" to "FTTI, INTEL, WEBB" on "2004-04-28"
      When the deal is checked as of "2004-05-03"
      Then "spa.5.2.c.ii.quarterly" is "complied" for every party
      And the reason for "spa.5.2.c.ii.quarterly" for "INTEL" mentions "the latest, for the fiscal quarter ended March 31, 2004, on April 28, 2004"

    Scenario: Not delivered by Friday, April 30, the covenant is breached from May 1
      When the deal is checked as of "2004-05-01"
      Then "spa.5.2.c.ii.quarterly" for "INTEL" was breached on "2004-05-01"

    Scenario: Before the first fiscal quarter after the Closing ends, nothing is owed
      When the deal is checked as of "2003-03-20"
      Then "spa.5.2.c.ii.quarterly" is "not yet due" for every party

    Scenario: Without the record of what was delivered, the covenant is unknown (quarterly statements)
      Given the fact "financial_reports" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.ii.quarterly" is "unknown" for "INTEL"

    Scenario: Waived in writing by every Investor and the Company (quarterly statements)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.ii.quarterly" in writing on "2004-04-20"
      When the deal is checked as of "2004-05-03"
      Then "spa.5.2.c.ii.quarterly" is "waived" for every party

  @spa_5_2_c_iii_budget
  Rule: §5.2(c)(iii) The budget and strategic plan within thirty days prior to each fiscal year-end

    Scenario: The 2004 budget reached every Investor on November 24, 2003, before December 1
      When the deal is checked as of "2003-11-30"
      Then "spa.5.2.c.iii.budget" is "complied" for every party
      And the reason for "spa.5.2.c.iii.budget" for "FTTI" mentions "the latest, for the fiscal year beginning January 1, 2004, on November 24, 2003"

    Scenario: The 2005 budget is owed next, by December 1, 2004
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.iii.budget" for "FTTI" is due on "2004-12-01"
      And the reason for "spa.5.2.c.iii.budget" for "FTTI" mentions "Due by December 1, 2004: The Company has not delivered to FTTI the projected operating budget and strategic plan for the fiscal year beginning January 1, 2005"

    Scenario: Without the 2004 budget, the covenant is breached from December 2, 2003
      Given the Company has delivered no "budget and plan" for the period ending "2003-12-31" to "WEBB"
      When the deal is checked as of "2003-12-02"
      Then "spa.5.2.c.iii.budget" for "WEBB" was breached on "2003-12-02"
      And the reason for "spa.5.2.c.iii.budget" for "WEBB" mentions "The Company has not delivered to Webb the projected operating budget and strategic plan for the fiscal year beginning January 1, 2004"

    Scenario: Before the Closing nothing is owed (budget)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.c.iii.budget" is "not yet due" for "INTEL"

    Scenario: Without the record of what was delivered, the covenant is unknown (budget)
      Given the fact "financial_reports" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.iii.budget" is "unknown" for "INTEL"

    Scenario: Waived in writing by every Investor and the Company (budget)
      Given the Company has delivered no "budget and plan" for the period ending "2003-12-31" to "WEBB"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.iii.budget" in writing on "2003-12-10"
      When the deal is checked as of "2004-01-10"
      Then "spa.5.2.c.iii.budget" is "waived" for "WEBB"

  @spa_5_2_c_v
  Rule: §5.2(c)(v) An officer's certificate with each delivery of financial statements

    Scenario: Intel received the December 2003 statements without the certificate
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.v" for "INTEL" was breached on "2004-01-20"
      And "spa.5.2.c.v" is "complied" for "FTTI"
      And the reason for "spa.5.2.c.v" for "INTEL" mentions "Breached on January 20, 2004: The financial statements for the period ended December 31, 2003 reached Intel without a certificate of the Company's chief executive officer or chief financial officer"
      And the reason for "spa.5.2.c.v" for "FTTI" mentions "The Company delivered each of its financial statements to FTTI with a certificate of its chief executive officer or chief financial officer"

    Scenario: Before the Closing nothing is owed (officer's certificate)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.c.v" is "not yet due" for "WEBB"

    Scenario: Without the record of what was delivered, the covenant is unknown (officer's certificate)
      Given the fact "financial_reports" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.v" is "unknown" for "WEBB"

    Scenario: Waived in writing by every Investor and the Company (officer's certificate)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.v" in writing on "2004-03-01"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.v" is "waived" for "INTEL"
