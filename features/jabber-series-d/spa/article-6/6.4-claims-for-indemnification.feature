@jabber_series_d
Feature: SPA §6.4: an Indemnified Party notifies the Company of its claim within 30 days
  "Whenever any claim shall arise for indemnification pursuant to Section 6.3 hereof, the Indemnified Party
  shall promptly (and in no event more than 30 days after the later to occur of incurring the Losses or
  discovering the facts giving rise to the claim) notify the Company of the claim ...; provided that an
  Indemnified Party's failure to give such notice shall not affect any rights or remedies of the Indemnified
  Party hereunder with respect to indemnification for Losses except to the extent that the Company is
  materially prejudiced thereby." Per Investor, over every claim of its Indemnified Parties: a covenant over
  time, due until the 30th day after the later of the two days (that day not counted; a 30th day on a
  Saturday, Sunday or Delaware bank holiday moves to the next business day, §7.10), breached from the day
  after. A late notice costs the indemnity only to the extent the Company was materially prejudiced: the row
  shows how much. Article 6 outlives a Qualified Public Offering (§7.4). Claims and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And no indemnity claim has arisen

  @spa_6_4_notice
  Rule: §6.4 Notice of a claim no more than 30 days after the later of incurring the Losses and discovering the facts

    Scenario: Notice on the 29th day after the facts were discovered is in time
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15", notice given on "2003-10-14"
      When the deal is checked as of "2003-10-20"
      Then "spa.6.4.notice" is "complied" for "INTEL"
      And the reason for "spa.6.4.notice" for "INTEL" mentions "Intel notified the Company of its claim for $100,000.00 on October 14, 2003, by its deadline of October 15, 2003"
      And the working for "spa.6.4.notice" for "INTEL" mentions "Deadline: 2003-10-15 (Wednesday)"

    @boundary
    Scenario: A notice of Intel's claim sent by Webb, or to someone other than the Company, does not count
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15"
      And the "notices" record "Webb's letter" with:
        | field   | value             |
        | from    | WEBB              |
        | to      | COMPANY           |
        | subject | INTEL: a breach of §3.1(k) |
        | method  | hand              |
        | sent_on | 2003-10-01        |
      And the "notices" record "Intel's letter to FTTI" with:
        | field   | value             |
        | from    | INTEL             |
        | to      | FTTI              |
        | subject | INTEL: a breach of §3.1(k) |
        | method  | hand              |
        | sent_on | 2003-10-02        |
      When the deal is checked as of "2003-10-20"
      Then "spa.6.4.notice" for "INTEL" was breached on "2003-10-16"
      And the reason for "spa.6.4.notice" for "INTEL" mentions "Intel did not notify the Company of its claim for $100,000.00 within 30 days of the later of incurring the Losses and discovering the facts giving rise to it (September 15, 2003)"

    Scenario Outline: Notice on the 30th day is in time; on the 31st it is late, breached from that day
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15", notice given on "<notice>"
      When the deal is checked as of "2003-10-20"
      Then "spa.6.4.notice" <outcome>

      Examples:
        | notice     | outcome                                  |
        | 2003-10-15 | is "complied" for "INTEL"                |
        | 2003-10-16 | for "INTEL" was breached on "2003-10-16" |

    Scenario: The 30 days run from the later day: Losses incurred after the facts were discovered
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-20", the facts discovered on "2003-09-15", notice given on "2003-10-20"
      When the deal is checked as of "2003-10-25"
      Then "spa.6.4.notice" is "complied" for "INTEL"

    Scenario: No notice yet of a claim whose 30th day is a Saturday: the deadline is the Monday after
      Given "FTTI" claims indemnity for "a breach of the covenant in §5.2(c)" for "$25,000.00", the Losses incurred on "2003-09-30", the facts discovered on "2003-10-02"
      When the deal is checked as of "2003-10-31"
      Then the deadline for "spa.6.4.notice" for "FTTI" is "2003-11-03"
      And the reason for "spa.6.4.notice" for "FTTI" mentions "FTTI has yet to notify the Company of its claim for $25,000.00"

    Scenario Outline: No notice yet: due until the 30th day, breached from the day after
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15"
      When the deal is checked as of "<as of>"
      Then "spa.6.4.notice" <outcome>

      Examples:
        | as of      | outcome                                  |
        | 2003-09-20 | for "INTEL" is due on "2003-10-15"       |
        | 2003-10-15 | for "INTEL" is due on "2003-10-15"       |
        | 2003-10-16 | for "INTEL" was breached on "2003-10-16" |

    @boundary
    Scenario Outline: A 30th day on Saturday, November 1, 2003 moves to Monday, November 3
      Given "FTTI" claims indemnity for "a breach of the covenant in §5.2(c)" for "$25,000.00", the Losses incurred on "2003-09-30", the facts discovered on "2003-10-02", notice given on "<notice>"
      When the deal is checked as of "2003-11-10"
      Then "spa.6.4.notice" <outcome>
      And the working for "spa.6.4.notice" for "FTTI" mentions "Deadline: 2003-11-03 (Monday)"
      And the working for "spa.6.4.notice" for "FTTI" mentions "skipped: 2003-11-01 (Saturday) is a Saturday"

      Examples:
        | notice     | outcome                                 |
        | 2003-11-03 | is "complied" for "FTTI"                |
        | 2003-11-04 | for "FTTI" was breached on "2003-11-04" |

    @boundary
    Scenario Outline: A 30th day on Thanksgiving, November 27, 2003 moves past the day after (a Delaware bank holiday) and the weekend to Monday, December 1
      Given "WEBB" claims indemnity for "the investigation by a state securities regulator" for "$60,000.00", the Losses incurred on "2003-10-28", the facts discovered on "2003-10-28", notice given on "<notice>"
      When the deal is checked as of "2003-12-05"
      Then "spa.6.4.notice" <outcome>
      And the working for "spa.6.4.notice" for "WEBB" mentions "Deadline: 2003-12-01 (Monday)"
      And the working for "spa.6.4.notice" for "WEBB" mentions "2003-11-28 (Friday) is Day After Thanksgiving (a Delaware bank holiday)"

      Examples:
        | notice     | outcome                                 |
        | 2003-12-01 | is "complied" for "WEBB"                |
        | 2003-12-02 | for "WEBB" was breached on "2003-12-02" |

    @boundary
    Scenario Outline: A 30th day on Columbus Day, October 13, 2003 moves only if Federal Reserve holidays count
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-13", the facts discovered on "2003-09-13", notice given on "2003-10-14"
      And the setting "bank_holiday_calendars" is "<calendars>"
      When the deal is checked as of "2003-10-20"
      Then "spa.6.4.notice" <outcome>

      Examples:
        | calendars                    | outcome                                  |
        | delaware_and_federal_reserve | is "complied" for "INTEL"                |
        | delaware_only                | for "INTEL" was breached on "2003-10-14" |

    Scenario: Late, and the Company was materially prejudiced: the indemnity is lost to that extent only
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15", notice given on "2003-11-20"
      And the Company was materially prejudiced by the late notice of the claim "INTEL" makes for "a breach of §3.1(k)", to the extent of "$40,000.00" as asserted by "COMPANY"
      When the deal is checked as of "2003-12-01"
      Then "spa.6.4.notice" for "INTEL" was breached on "2003-10-16"
      And the reason for "spa.6.4.notice" for "INTEL" mentions "notified the Company of its claim for $100,000.00 only on November 20, 2003"
      And the reason for "spa.6.4.notice" for "INTEL" mentions "the indemnity is lost to the extent the Company was materially prejudiced: $40,000.00"
      And the working for "spa.6.4.notice" for "INTEL" mentions "indemnity_lost_to_late_notice[INTEL] (SPA §6.4) = $40,000.00"
      And the reason for "spa.6.4.notice" for "INTEL" mentions "the failure is Intel's own"

    Scenario: Late, but the Company was not materially prejudiced: the notice's lateness costs nothing
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15", notice given on "2003-11-20"
      And the Company was not materially prejudiced by the late notice of the claim "INTEL" makes for "a breach of §3.1(k)" as asserted by "INTEL"
      When the deal is checked as of "2003-12-01"
      Then "spa.6.4.notice" for "INTEL" was breached on "2003-10-16"
      And the reason for "spa.6.4.notice" for "INTEL" mentions "the Company was not materially prejudiced, so the lateness costs nothing"
      And the working for "spa.6.4.notice" for "INTEL" mentions "indemnity_lost_to_late_notice[INTEL] (SPA §6.4) = $0.00"

    Scenario: Late, and nobody has said whether the Company was prejudiced: how much is lost is unknown
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15", notice given on "2003-11-20"
      When the deal is checked as of "2003-12-01"
      Then "spa.6.4.notice" for "INTEL" was breached on "2003-10-16"
      And the working for "spa.6.4.notice" for "INTEL" mentions "indemnity_lost_to_late_notice[INTEL] (SPA §6.4) = at least"

    Scenario: Of two claims, the one notified late is the breach; the other Investors have none
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15", notice given on "2003-10-14"
      And "INTEL" claims indemnity for "a breach of §3.1(m)" for "$10,000.00", the Losses incurred on "2003-10-01", the facts discovered on "2003-10-01", notice given on "2003-11-03"
      When the deal is checked as of "2003-11-15"
      Then the outcomes are:
        | rule           | party | status         |
        | spa.6.4.notice | INTEL | breached       |
        | spa.6.4.notice | FTTI  | not applicable |
        | spa.6.4.notice | WEBB  | not applicable |
      And "spa.6.4.notice" for "INTEL" was breached on "2003-11-01"

    Scenario: A claim whose Losses are incurred after the date checked is not seen yet
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15"
      When the deal is checked as of "2003-08-31"
      Then "spa.6.4.notice" is "not applicable" for "INTEL"

    Scenario: When the day the facts were discovered is not known, neither is the deadline
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15"
      And the "facts_discovered_on" of the "indemnity_claims" record "INTEL: a breach of §3.1(k)" is "unknown"
      When the deal is checked as of "2003-10-20"
      Then "spa.6.4.notice" is "unknown" for "INTEL"
      And "spa.6.4.notice" for "INTEL" is missing "indemnity_claims[INTEL: a breach of §3.1(k)].facts_discovered_on"

    Scenario: With nothing recorded about claims, whether any notice was owed is unknown
      Given the fact "indemnity_claims" is unknown
      When the deal is checked as of "2003-10-20"
      Then "spa.6.4.notice" is "unknown" for every party
      And "spa.6.4.notice" for "FTTI" is missing "indemnity_claims"

    @waiver
    Scenario: The Company and every Investor waive the late notice in writing under §7.9
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15", notice given on "2003-11-20"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.4.notice" in writing on "2003-11-25"
      When the deal is checked as of "2003-12-01"
      Then "spa.6.4.notice" is "waived" for "INTEL"

    Scenario: The notice covenant outlives a Qualified Public Offering (§7.4: "except as otherwise provided in Article 6")
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-07-01", the facts discovered on "2004-07-01"
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.l.assets" ended by "a Qualified Public Offering"
      And "spa.6.4.notice" for "INTEL" is due on "2004-08-02"
      And the working for "spa.6.4.notice" for "INTEL" mentions "skipped: 2004-07-31 (Saturday) is a Saturday"
