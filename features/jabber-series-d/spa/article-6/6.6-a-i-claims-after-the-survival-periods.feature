@jabber_series_d
Feature: SPA §6.6(a)(i): no liability for claims made after the survival periods of §6.1 and §6.2
  "Notwithstanding any other provision in this Agreement or any rule of law or equity: (a) The Company shall
  have no liability to an Indemnified Party for matters related to this Agreement or the subject matter
  hereof (i) for any claims made after the expiration of the survival periods set forth in Sections 6.1 and
  6.2 hereof". A claim is made when the Company is notified of it. A claim on a representation or warranty
  must be made by the last day of §6.1's year (December 15, 2004 in the year-after example, whose last
  Subsequent Closing was on December 15, 2003); a claim for the breach of a covenant while the covenant is
  still operative (§6.2); a claim under §6.3(i) or (iv) has no survival period. Claims and dates are
  illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And no indemnity claim has arisen

  @spa_6_6_a_i
  Rule: §6.6(a)(i) A claim made after the survival period has expired is barred

    @boundary
    Scenario Outline: A claim on a representation made on December 15, 2004 is in time; on December 16 it is barred
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-11-20", the facts discovered on "2004-11-25", notice given on "<notice>"
      When the deal is checked as of "2004-12-31"
      Then "spa.6.6.a.i" is "<status>" for "INTEL"
      And the reason for "spa.6.6.a.i" for "INTEL" mentions "<why>"

      Examples:
        | notice     | status  | why                                                                                         |
        | 2004-12-15 | met     | was made on December 15, 2004, by December 15, 2004, the last day of their survival         |
        | 2004-12-16 | not met | was made only on December 16, 2004, after December 15, 2004, the last day of their survival |

    Scenario Outline: A claim on a representation not made yet may still be made until the end of survival, not after
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-11-20", the facts discovered on "2004-11-25"
      When the deal is checked as of "<as of>"
      Then "spa.6.6.a.i" is "<status>" for "INTEL"

      Examples:
        | as of      | status  |
        | 2004-12-15 | met     |
        | 2004-12-16 | not met |

    Scenario: While a Subsequent Closing may still be held, no claim on a representation can be late
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15", notice given on "2003-10-14"
      When the deal is checked as of "2003-11-15"
      Then "spa.6.6.a.i" is "met" for "INTEL"
      And the reason for "spa.6.6.a.i" for "INTEL" mentions "cannot yet be late: the representations and warranties survive for one year from the last Subsequent Closing, which may still be held until January 31, 2004"

    @boundary
    Scenario Outline: With no Subsequent Closing, a claim made on March 19, 2004 is barred, unless the year runs from January 31, 2004
      Given the deal state "examples/jabber-series-d-closing.yaml"
      And no indemnity claim has arisen
      And "FTTI" claims indemnity for "a breach of §3.1(g)" for "$50,000.00", the Losses incurred on "2004-02-20", the facts discovered on "2004-03-01", notice given on "<notice>"
      And the setting "survival_without_subsequent_closing" is "<reading>"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.6.a.i" is "<status>" for "FTTI"

      Examples:
        | notice     | reading                          | status  |
        | 2004-03-18 | closing_date                     | met     |
        | 2004-03-19 | closing_date                     | not met |
        | 2004-03-19 | last_subsequent_closing_deadline | met     |

    @boundary
    Scenario Outline: A year ending on Saturday, December 18, 2004: a claim made on Monday, December 20 is in time only if the year rolls
      Given a Subsequent Closing "sc2" on "2003-12-18" at "$0.50" a share, under an addendum to the Agreement
      And "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-11-20", the facts discovered on "2004-11-25", notice given on "2004-12-20"
      And the setting "period_month_year_roll" is "<roll>"
      When the deal is checked as of "2004-12-31"
      Then "spa.6.6.a.i" is "<status>" for "INTEL"

      Examples:
        | roll       | status  |
        | not_rolled | not met |
        | rolled     | met     |

    Scenario Outline: A claim for the breach of a covenant must be made while the covenant is still operative (§6.2)
      Given "FTTI" claims indemnity for "a breach of the covenant in §5.2(c)" for "$25,000.00", the Losses incurred on "2004-02-01", the facts discovered on "2004-02-01", notice given on "2004-02-20"
      And the covenant of the claim "FTTI" makes for "a breach of the covenant in §5.2(c)" was <state> operative when the claim was made as asserted by "COMPANY"
      When the deal is checked as of "2004-03-01"
      Then "spa.6.6.a.i" is "<status>" for "FTTI"

      Examples:
        | state     | status  |
        | still     | met     |
        | no longer | not met |

    Scenario: Whether the covenant was still operative is for someone to say: until then the limit is unknown
      Given "FTTI" claims indemnity for "a breach of the covenant in §5.2(c)" for "$25,000.00", the Losses incurred on "2004-02-01", the facts discovered on "2004-02-01", notice given on "2004-02-20"
      When the deal is checked as of "2004-03-01"
      Then "spa.6.6.a.i" is "unknown" for "FTTI"
      And "spa.6.6.a.i" for "FTTI" is missing "indemnity_claims[FTTI: a breach of the covenant in §5.2(c)].covenant_operative_when_claimed"

    Scenario: A claim for a third party's investigation has no survival period in §6.1 or §6.2
      Given "WEBB" claims indemnity for "the investigation by a state securities regulator" for "$60,000.00", the Losses incurred on "2007-05-01", the facts discovered on "2007-05-01", notice given on "2007-05-15"
      When the deal is checked as of "2007-06-01"
      Then "spa.6.6.a.i" is "met" for "WEBB"
      And the reason for "spa.6.6.a.i" for "WEBB" mentions "for which §6.1 and §6.2 set no survival period"

    Scenario: After a Qualified Public Offering a claim on a representation may still be made until the end of survival
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-07-01", the facts discovered on "2004-07-01", notice given on "2004-07-15"
      When the deal is checked as of "2004-08-01"
      Then "spa.1.1.aa" is "met"
      And "spa.6.6.a.i" is "met" for "INTEL"

    Scenario: Without the record of the Subsequent Closings, whether a claim made in December 2004 was in time is unknown
      Given the fact "subsequent_closings" is unknown
      And "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-11-20", the facts discovered on "2004-11-25", notice given on "2004-12-10"
      When the deal is checked as of "2004-12-31"
      Then "spa.6.6.a.i" is "unknown" for "INTEL"
      And "spa.6.6.a.i" for "INTEL" is missing "subsequent_closings"

    Scenario: An Investor with no claim has nothing for the limit to apply to
      When the deal is checked as of "2004-12-31"
      Then "spa.6.6.a.i" is "not applicable" for every party

    @waiver
    Scenario: The Company and every Investor may accept a late claim in writing under §7.9
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-11-20", the facts discovered on "2004-11-25", notice given on "2005-01-10"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.6.a.i" in writing on "2005-01-20"
      When the deal is checked as of "2005-01-31"
      Then "spa.6.6.a.i" is "waived" for "INTEL"
