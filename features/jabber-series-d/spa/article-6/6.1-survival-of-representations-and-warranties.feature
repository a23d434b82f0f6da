@jabber_series_d
Feature: SPA §6.1: the representations and warranties survive for one year from the last Subsequent Closing
  "All representations and warranties contained herein shall survive the execution and delivery of this
  Agreement and the Closing for one year from the date of the last Subsequent Closing." One year is the
  calendar year, the day it runs from not counted: from December 15, 2003 through December 15, 2004, across
  February 29, 2004; a year from February 29 ends on February 28 (or March 1, the setting
  period_month_short_end). With no Subsequent Closing the year runs from the Closing Date (the setting
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

    Scenario: A year that holds February 29, 2004 is counted in calendar years: December 15, 2003 to December 15, 2004
      When the deal is checked as of "2004-02-01"
      Then the working for "spa.6.1.reps" mentions "years_after(survival_anchor, 1): Trigger: survival_anchor (2003-12-15, Monday); Period: 1 year after; End of the period before §7.10: 2004-12-15 (Wednesday)"
      And the working for "spa.6.1.reps" mentions "survival_anchor (SPA §6.1) = 2003-12-15, under survival_without_subsequent_closing = closing_date"

    Scenario Outline: While a Subsequent Closing may still be held, the end of survival is not known, but they survive
      When the deal is checked as of "<as of>"
      Then "spa.6.1.reps" is "met"
      And the calendar lists no date for "survival_end"
      And the calendar lists no date for "survival_anchor"
      And the working for "spa.6.1.reps" mentions "later_subsequent_closing (SPA §2.3(b)) = unknown"

      Examples:
        | as of      |
        | 2003-11-15 |
        | 2004-01-31 |

    Scenario: January 31, 2004 rolls to Monday, February 2 under period_fixed_date_roll, and the end stays unknown until then
      Given the setting "period_fixed_date_roll" is "rolled"
      When the deal is checked as of "2004-02-02"
      Then the calendar lists no date for "survival_end"

    Scenario Outline: Left to counsel whether January 31, 2004 rolls, survival is decided wherever both readings agree (<as of>)
      Given the setting "period_fixed_date_roll" is "unresolved"
      When the deal is checked as of "<as of>"
      Then "spa.6.1.reps" is "<status>"
      And the working for "spa.6.1.reps" mentions "the same under every reading of period_fixed_date_roll"
      And "spa.6.1.reps" used the setting "period_fixed_date_roll" as "unresolved"

      Examples:
        | as of      | status  |
        | 2004-01-15 | met     |
        | 2004-02-01 | met     |
        | 2004-12-15 | met     |
        | 2004-12-16 | not met |

    @boundary
    Scenario: Left to counsel whether January 31, 2004 rolls, a year run from it without a Subsequent Closing ends on January 31 or February 2, 2005
      Given the deal state "examples/jabber-series-d-closing.yaml"
      And the setting "survival_without_subsequent_closing" is "last_subsequent_closing_deadline"
      And the setting "period_fixed_date_roll" is "unresolved"
      When the deal is checked as of "2005-02-01"
      Then "spa.6.1.reps" is "unknown"
      And the working for "spa.6.1.reps" mentions "depends on the unresolved reading period_fixed_date_roll"
      And the working for "spa.6.1.reps" mentions "not met under not_rolled, met under rolled"
      And "spa.6.1.reps" is missing "settings.period_fixed_date_roll"
      And the calendar lists "survival_end" on "2005-01-31" under "period_fixed_date_roll=not_rolled"
      And the calendar lists "survival_end" on "2005-02-02" under "period_fixed_date_roll=rolled"

    Scenario: Once January 31, 2004 has passed, the end of survival is fixed
      Given the setting "period_fixed_date_roll" is "rolled"
      When the deal is checked as of "2004-02-03"
      Then the calendar lists "survival_end" on "2004-12-15"

    Scenario: A later Subsequent Closing moves the end
      Given a Subsequent Closing "sc2" on "2004-01-20" at "$0.50" a share, under an addendum to the Agreement
      When the deal is checked as of "2004-12-16"
      Then "spa.6.1.reps" is "met"
      And the reason for "spa.6.1.reps" mentions "The representations and warranties survive until January 20, 2005, one year from the last Subsequent Closing (January 20, 2004)"
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
      And the calendar lists "survival_end" on "2005-01-31"

    Scenario: When the readings are left to counsel, the day after March 18, 2004 is unknown
      Given the deal state "examples/jabber-series-d-closing.yaml"
      And the setting "survival_without_subsequent_closing" is "unresolved"
      When the deal is checked as of "2004-03-19"
      Then "spa.6.1.reps" is "unknown"
      And the working for "spa.6.1.reps" mentions "not met under closing_date, met under last_subsequent_closing_deadline"

    @boundary
    Scenario Outline: One year from Thursday, December 18, 2003 ends on Saturday, December 18, 2004, and rolls to Monday only under period_month_year_roll (<roll>)
      Given a Subsequent Closing "sc2" on "2003-12-18" at "$0.50" a share, under an addendum to the Agreement
      And the setting "period_month_year_roll" is "<roll>"
      When the deal is checked as of "2004-12-20"
      Then "spa.6.1.reps" is "<status>"
      And "spa.6.1.reps" used the setting "period_month_year_roll" as "<roll>"
      And the calendar lists "survival_end" on "<end>"

      Examples:
        | roll       | status  | end        |
        | not_rolled | not met | 2004-12-18 |
        | rolled     | met     | 2004-12-20 |

    @boundary
    Scenario: Left to counsel, whether December 18, 2004 rolls decides survival on Monday, December 20, and the calendar gives both days
      Given a Subsequent Closing "sc2" on "2003-12-18" at "$0.50" a share, under an addendum to the Agreement
      And the setting "period_month_year_roll" is "unresolved"
      When the deal is checked as of "2004-12-20"
      Then "spa.6.1.reps" is "unknown"
      And the working for "spa.6.1.reps" mentions "not met under not_rolled, met under rolled"
      And "spa.6.1.reps" used the setting "period_month_year_roll" as "unresolved"
      And the calendar lists "survival_end" on "2004-12-18" under "period_month_year_roll=not_rolled"
      And the calendar lists "survival_end" on "2004-12-20" under "period_month_year_roll=rolled"

    Scenario: Left to counsel, whether a Saturday end rolls does not matter long before it
      Given a Subsequent Closing "sc2" on "2003-12-18" at "$0.50" a share, under an addendum to the Agreement
      And the setting "period_month_year_roll" is "unresolved"
      When the deal is checked as of "2004-06-01"
      Then "spa.6.1.reps" is "met"
      And the working for "spa.6.1.reps" mentions "the same under every reading of period_month_year_roll"

    @boundary
    Scenario Outline: A year from February 29, 2004 ends on February 28, 2005, or on March 1 under period_month_short_end (<short end>)
      Given a Subsequent Closing "sc2" on "2004-02-29" at "$0.50" a share, under an addendum to the Agreement
      And the setting "period_month_short_end" is "<short end>"
      When the deal is checked as of "2005-03-01"
      Then "spa.6.1.reps" is "<status>"
      And "spa.6.1.reps" used the setting "period_month_short_end" as "<short end>"
      And the calendar lists "survival_end" on "<end>"

      Examples:
        | short end               | status  | end        |
        | last_day_of_month       | not met | 2005-02-28 |
        | first_day_of_next_month | met     | 2005-03-01 |

    Scenario: Without the record of the Subsequent Closings, the end of survival is unknown
      Given the fact "subsequent_closings" is unknown
      When the deal is checked as of "2004-06-01"
      Then "spa.6.1.reps" is "unknown"
      And "spa.6.1.reps" is missing "subsequent_closings"

    Scenario: Without that record, they still survive while a Subsequent Closing may be held
      Given the fact "subsequent_closings" is unknown
      When the deal is checked as of "2003-11-15"
      Then "spa.6.1.reps" is "met"
      And the reason for "spa.6.1.reps" mentions "a Subsequent Closing may still be held until January 31, 2004"

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
      And the reason for "spa.6.1.reps" mentions "no longer survive: they survived until December 15, 2004, one year from the last Subsequent Closing (December 15, 2003)"

    @waiver
    Scenario: The Company and every Investor may agree in writing under §7.9 to keep them alive
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.1.reps" in writing on "2004-12-01"
      When the deal is checked as of "2004-12-16"
      Then "spa.6.1.reps" is "waived"
