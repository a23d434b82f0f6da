@jabber_series_d
Feature: SPA §6.1: the representations and warranties survive for one year from the last Subsequent Closing
  "All representations and warranties contained herein shall survive the execution and delivery of this
  Agreement and the Closing for one year from the date of the last Subsequent Closing." One year is the
  calendar year, the day it runs from not counted: from December 15, 2003 through December 15, 2004, 366
  days across February 29, 2004. With no Subsequent Closing the year runs from the Closing Date (the setting
  survival_without_subsequent_closing). "One year" is not a number of days, so a last day on a Saturday does
  not roll unless the setting period_month_year_roll says so. While a Subsequent Closing may still be held
  (through January 31, 2004) the last one is not known, and so neither is the end of survival: the calendar
  lists no date for it yet, though the representations and warranties certainly survive meanwhile. The
  year-after example has one Subsequent Closing, on December 15, 2003.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_6_1_reps
  Rule: §6.1 The representations and warranties survive for one year from the date of the last Subsequent Closing

    @boundary
    Scenario Outline: They survive through December 15, 2004, one year after the Subsequent Closing of December 15, 2003, and not the day after
      When the deal is checked as of "<as of>"
      Then "spa.6.1.reps" is "<status>"
      And the calendar lists "survival_end" on "2004-12-15"
      And the calendar lists "survival_anchor" on "2003-12-15"

      Examples:
        | as of      | status  |
        | 2004-12-15 | met     |
        | 2004-12-16 | not met |

    Scenario: A year that holds February 29, 2004 is 366 days
      When the deal is checked as of "2004-02-01"
      Then the reason for "spa.6.1.reps" mentions "survival_anchor + 365 + february_29_in_survival_year = 2003-12-15 + 365 + 1 = 2004-12-15"

    Scenario Outline: While a Subsequent Closing may still be held, the end of survival is not known, but they survive
      When the deal is checked as of "<as of>"
      Then "spa.6.1.reps" is "met"
      And the calendar lists no date for "survival_end"
      And the calendar lists no date for "survival_anchor"
      And the reason for "spa.6.1.reps" mentions "later_subsequent_closing (SPA §2.3(b)) = unknown"

      Examples:
        | as of      |
        | 2003-11-15 |
        | 2004-01-31 |

    Scenario: January 31, 2004 rolls to Monday, February 2 under period_fixed_date_roll, and the end stays unknown until then
      Given the setting "period_fixed_date_roll" is "rolled"
      When the deal is checked as of "2004-02-02"
      Then the calendar lists no date for "survival_end"

    Scenario: Once January 31, 2004 has passed, the end of survival is fixed
      Given the setting "period_fixed_date_roll" is "rolled"
      When the deal is checked as of "2004-02-03"
      Then the calendar lists "survival_end" on "2004-12-15"

    Scenario: A later Subsequent Closing moves the end
      Given a Subsequent Closing "sc2" on "2004-01-20" at "$0.50" a share, under an addendum to the Agreement
      When the deal is checked as of "2004-12-16"
      Then "spa.6.1.reps" is "met"
      And the calendar lists "survival_end" on "2005-01-20"

    @boundary
    Scenario Outline: With no Subsequent Closing, the year runs from the Closing Date, March 18, 2003, through March 18, 2004
      Given the deal state "examples/jabber-series-d-closing.yaml"
      When the deal is checked as of "<as of>"
      Then "spa.6.1.reps" is "<status>"
      And the calendar lists "survival_end" on "2004-03-18"

      Examples:
        | as of      | status  |
        | 2004-03-18 | met     |
        | 2004-03-19 | not met |

    Scenario: Read the other way, with no Subsequent Closing the year runs from January 31, 2004, the last day one could be held
      Given the deal state "examples/jabber-series-d-closing.yaml"
      And the setting "survival_without_subsequent_closing" is "last_subsequent_closing_deadline"
      When the deal is checked as of "2004-03-19"
      Then "spa.6.1.reps" is "met"
      And "spa.6.1.reps" used the setting "survival_without_subsequent_closing" as "last_subsequent_closing_deadline"
      And the calendar lists "survival_end_subsequent_closing_deadline" on "2005-01-31"

    Scenario: When the readings are left to counsel, the day after March 18, 2004 is unknown
      Given the deal state "examples/jabber-series-d-closing.yaml"
      And the setting "survival_without_subsequent_closing" is "unresolved"
      When the deal is checked as of "2004-03-19"
      Then "spa.6.1.reps" is "unknown"
      And the reason for "spa.6.1.reps" mentions "not met under closing_date, met under last_subsequent_closing_deadline"

    @boundary
    Scenario Outline: One year from Thursday, December 18, 2003 ends on Saturday, December 18, 2004, and rolls to Monday only under period_month_year_roll (<roll>)
      Given a Subsequent Closing "sc2" on "2003-12-18" at "$0.50" a share, under an addendum to the Agreement
      And the setting "period_month_year_roll" is "<roll>"
      When the deal is checked as of "2004-12-20"
      Then "spa.6.1.reps" is "<status>"
      And "spa.6.1.reps" used the setting "period_month_year_roll" as "<roll>"
      And the calendar lists "survival_end" on "2004-12-18"
      And the calendar lists "survival_end_rolled" on "2004-12-20"

      Examples:
        | roll       | status  |
        | not_rolled | not met |
        | rolled     | met     |
        | unresolved | unknown |

    Scenario: Without the record of the Subsequent Closings, the end of survival is unknown
      Given the fact "subsequent_closings" is unknown
      When the deal is checked as of "2004-06-01"
      Then "spa.6.1.reps" is "unknown"
      And "spa.6.1.reps" is missing "subsequent_closings"

    Scenario: Without that record, they still survive while a Subsequent Closing may be held
      Given the fact "subsequent_closings" is unknown
      When the deal is checked as of "2003-11-15"
      Then "spa.6.1.reps" is "met"

    Scenario: They survive a Qualified Public Offering (§7.4: "except as otherwise provided in Article 6")
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.c.v" for "FTTI" ended by "a Qualified Public Offering"
      And "spa.1.1.aa" is "met"
      And "spa.6.1.reps" is "met"

    Scenario: After a Qualified Public Offering they still end on their own day, a year after the last Subsequent Closing
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-12-16"
      Then "spa.6.1.reps" is "not met"

    @waiver
    Scenario: The Company and every Investor may agree in writing under §7.9 to keep them alive
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.1.reps" in writing on "2004-12-01"
      When the deal is checked as of "2004-12-16"
      Then "spa.6.1.reps" is "waived"
