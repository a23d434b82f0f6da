@jabber_series_d
Feature: SPA §7.8: an assignment needs the prior written consent of every other party, or it is void
  "None of the rights and obligations of any party to this Agreement may be assigned without the prior written
  consent of all of the other parties to this Agreement, and any purported assignment made without such
  consent shall be void." One row for the deal, over every assignment recorded: met when each had the written
  consent of the Company and each Investor other than the assignor, given on or before its day; not met names
  the assignment, which is void. Assignments and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_7_8
  Rule: §7.8 Assignment only with the prior written consent of all the other parties

    Scenario: No assignment has been made: nothing to check
      When the deal is checked
      Then "spa.7.8" is "not applicable"

    Scenario: Intel assigns with the written consent of the Company, FTTI and Webb, given beforehand: met
      Given on "2004-02-02" "INTEL" assigns its rights under the Agreement to "Intel Capital II", with the written consent of "COMPANY, FTTI, WEBB" given on "2004-01-26"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.8" is "met"
      And the reason for "spa.7.8" mentions "Intel's assignment to Intel Capital II of February 2, 2004 had the prior written consent of all the other parties to the Agreement, the last given on January 26, 2004"

    Scenario: Webb did not consent: the assignment is void
      Given on "2004-02-02" "INTEL" assigns its rights under the Agreement to "Intel Capital II", with the written consent of "COMPANY, FTTI" given on "2004-01-26"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.8" is "not met"
      And the reason for "spa.7.8" mentions "was made without Webb's written consent: it is void"
      And the working for "spa.7.8" mentions "INTEL's assignment to Intel Capital II"

    Scenario: Consents given orally do not count
      Given on "2004-02-02" "INTEL" assigns its rights under the Agreement to "Intel Capital II", with the oral consent of "COMPANY, FTTI, WEBB" given on "2004-01-26"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.8" is "not met"
      And the reason for "spa.7.8" mentions "were not in writing: it is void"

    @boundary
    Scenario Outline: The last consent on the day of the assignment is prior; the day after it is not
      Given on "2004-02-02" "WEBB" assigns its rights under the Agreement to "Webb Holdings", with the written consent of "COMPANY, FTTI, INTEL" given on "<consented>"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.8" is "<status>"

      Examples:
        | consented  | status  |
        | 2004-02-02 | met     |
        | 2004-02-03 | not met |

    Scenario: An assignment with no consent at all is void
      Given on "2004-02-02" "COMPANY" assigns its rights under the Agreement to "Jabber Holdings"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.8" is "not met"
      And the reason for "spa.7.8" mentions "was made without the written consent of any other party"

    Scenario: An assignment made after the date checked is not seen yet
      Given on "2004-02-02" "COMPANY" assigns its rights under the Agreement to "Jabber Holdings"
      When the deal is checked as of "2004-02-01"
      Then "spa.7.8" is "not applicable"

    Scenario: When the day of the consents is not known, whether they came first is unknown
      Given on "2004-02-02" "INTEL" assigns its rights under the Agreement to "Intel Capital II", with the written consent of "COMPANY, FTTI, WEBB" given on "2004-01-26"
      And the "consented_on" of the "assignments" record "INTEL's assignment to Intel Capital II" is "unknown"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.8" is "unknown"
      And "spa.7.8" is missing "assignments[INTEL's assignment to Intel Capital II].consented_on"

    Scenario: With nothing known about assignments, whether any was void is unknown
      Given the fact "assignments" is unknown
      When the deal is checked
      Then "spa.7.8" is "unknown"
      And "spa.7.8" is missing "assignments"

    @waiver
    Scenario: The Company alone may not waive it: its waiver is set aside; with every Investor it may
      Given on "2004-02-02" "COMPANY" assigns its rights under the Agreement to "Jabber Holdings"
      And "<signers>" waives "spa.7.8" in writing on "2004-02-05"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.8" is "<status>"

      Examples:
        | signers                   | status  |
        | COMPANY                   | not met |
        | COMPANY, FTTI, INTEL, WEBB | waived  |
