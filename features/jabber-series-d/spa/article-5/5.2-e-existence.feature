@jabber_series_d
Feature: SPA §5.2(e): the Company keeps its corporate existence and its material licenses
  "The Company shall at all times cause to be done all things necessary to maintain, preserve and renew its
  corporate existence and all material licenses, authorizations and permits necessary to the conduct of its
  business." A lapse of its corporate existence, or of a license, authorization or permit that is material
  and necessary to its business (a judgement of a party to the Agreement), is a breach on the day it
  lapsed. From the Closing Date until a Qualified Public Offering; waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_5_2_e
  Rule: §5.2(e) Existence

    Scenario: The corporate existence lapses: breached that day
      Given on "2004-02-01" the Company's corporate existence lapses
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.e" was breached on "2004-02-01"
      And the reason for "spa.5.2.e" mentions "Breached on February 1, 2004: The Company's corporate existence lapsed"

    Scenario Outline: A permit lapses, <materiality>: <outcome>
      Given on "2004-02-01" the Company's "Colorado telecommunications permit" lapses, <materiality> necessary to the conduct of its business as asserted by "FTTI"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.e" <outcome>
      And the reason for "spa.5.2.e" mentions "<reason>"

      Examples:
        | materiality            | outcome                      | reason                                                                                                                                          |
        | a material license     | was breached on "2004-02-01" | Breached on February 1, 2004: A license, authorization or permit necessary to the conduct of the Company's business, material as judged, lapsed |
        | not a material license | is "complied"                | what lapsed was, as judged, not material                                                                                                        |

    Scenario: No lapse: complied
      Given there are no "existence_lapses"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.e" is "complied"
      And the reason for "spa.5.2.e" mentions "Neither the Company's corporate existence nor any license, authorization or permit has lapsed since the Closing"

    Scenario: Whether the lapsed permit is material is not judged: unknown
      Given on "2004-02-01" the Company's "Colorado telecommunications permit" lapses, a material license necessary to the conduct of its business as asserted by "FTTI"
      And the "material_license" of the "existence_lapses" record "Colorado telecommunications permit" is "unknown"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.e" is "unknown"

    Scenario: Before the Closing Date nothing is owed under §5.2(e)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.e" is "not yet due"

    Scenario: A Qualified Public Offering ends the covenant of existence
      Given there are no "existence_lapses"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.e" ended by "a Qualified Public Offering"

    Scenario: Waived in writing by every Investor and the Company (existence)
      Given on "2004-02-01" the Company's corporate existence lapses
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.e" in writing on "2004-02-10"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.e" is "waived"
