@jabber_series_d
Feature: SPA §6.5: the defence of a third party's claim
  "the Company, at its sole cost and expense may, upon written notice to the Indemnified Parties, assume the
  defense of any such claim or legal proceeding and thereafter diligently conduct the defense thereof. The
  Indemnified Parties shall be entitled to participate in (but not control) the defense of any such action
  with their counsel and at their own expense; provided that, if in the reasonable opinion of an Indemnified
  Party, any claim or demand involves an issue or matter that could have an adverse effect on its or its
  Affiliates' business, operations, assets, properties, prospects or reputation, then such Indemnified Party
  shall have the right to control the defense or settlement of such claim or demand". Per Investor, over
  each third party's claim behind a claim of its Indemnified Parties. The opinion is the Indemnified Party's
  own call; the Company's diligence is any party's to judge. Claims and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And no indemnity claim has arisen
    And "INTEL" claims indemnity for "the suit by a customer of the Company" for "$250,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-03"
    And the claim "INTEL" makes for "the suit by a customer of the Company" results from a third party's claim brought on "2004-03-01"

  @spa_6_5
  Rule: §6.5 The Company may assume the defence on written notice; the Indemnified Party controls it only on its reasonable opinion of an adverse effect

    Scenario: Until the Company assumes the defence, Intel defends: met
      When the deal is checked as of "2004-03-20"
      Then the outcomes are:
        | rule    | party | status         |
        | spa.6.5 | INTEL | met            |
        | spa.6.5 | FTTI  | not applicable |
        | spa.6.5 | WEBB  | not applicable |
        And the reason for "spa.6.5" for "INTEL" mentions "The Company has not assumed the defence of the third party's claim against Intel"

    Scenario: The Company assumes the defence by written notice and conducts it diligently, Intel participating: met
      Given the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company" on "2004-03-10" by written notice to the Indemnified Parties
      And the Company conducts the defence of the claim "INTEL" makes for "the suit by a customer of the Company" diligently as asserted by "INTEL"
      When the deal is checked as of "2004-03-20"
      Then "spa.6.5" is "met" for "INTEL"
      And the reason for "spa.6.5" for "INTEL" mentions "on written notice and conducts it diligently"

    Scenario: The Company takes over the defence without written notice: not met
      Given the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company" on "2004-03-10" without written notice to the Indemnified Parties
      And the Company conducts the defence of the claim "INTEL" makes for "the suit by a customer of the Company" diligently as asserted by "INTEL"
      When the deal is checked as of "2004-03-20"
      Then "spa.6.5" is "not met" for "INTEL"
      And the reason for "spa.6.5" for "INTEL" mentions "on March 10, 2004 without written notice to the Indemnified Parties"
      And the working for "spa.6.5" for "INTEL" mentions "defence_notice_in_writing = false"

    Scenario: The Company does not conduct the defence diligently, in Intel's judgement: not met
      Given the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company" on "2004-03-10" by written notice to the Indemnified Parties
      And the Company does not conduct the defence of the claim "INTEL" makes for "the suit by a customer of the Company" diligently as asserted by "INTEL"
      When the deal is checked as of "2004-03-20"
      Then "spa.6.5" is "not met" for "INTEL"
      And the reason for "spa.6.5" for "INTEL" mentions "has not conducted it diligently"

    Scenario: Intel takes control after the Company assumed the defence, with no opinion of an adverse effect: not met, Intel's own failure
      Given the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company" on "2004-03-10" by written notice to the Indemnified Parties
      And "INTEL" controls the defence of its claim for "the suit by a customer of the Company"
      And in the reasonable opinion of "INTEL" its claim for "the suit by a customer of the Company" could not have an adverse effect on its business as asserted by "INTEL"
      When the deal is checked as of "2004-03-20"
      Then "spa.6.5" is "not met" for "INTEL"
      And the reason for "spa.6.5" for "INTEL" mentions "the failure is Intel's own"
      And the reason for "spa.6.5" for "INTEL" mentions "it may participate in the defence but not control it"

    Scenario Outline: Intel controls on its reasonable opinion of an adverse effect, given by <who>: met
      Given the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company" on "2004-03-10" by written notice to the Indemnified Parties
      And "INTEL" controls the defence of its claim for "the suit by a customer of the Company"
      And in the reasonable opinion of "INTEL" its claim for "the suit by a customer of the Company" could have an adverse effect on its business as asserted by "<who>"
      When the deal is checked as of "2004-03-20"
      Then "spa.6.5" is "met" for "INTEL"

      Examples:
        | who                 |
        | INTEL               |
        | Investors' counsel  |

    Scenario Outline: The opinion is Intel's own call: <who>'s word is set aside
      Given the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company" on "2004-03-10" by written notice to the Indemnified Parties
      And "INTEL" controls the defence of its claim for "the suit by a customer of the Company"
      And in the reasonable opinion of "INTEL" its claim for "the suit by a customer of the Company" could have an adverse effect on its business as asserted by "<who>"
      When the deal is checked as of "2004-03-20"
      Then "spa.6.5" is "unknown" for "INTEL"
      And "spa.6.5" for "INTEL" sets aside the assertion by "<who>" because "<why>"

      Examples:
        | who             | why                                   |
        | COMPANY         | COMPANY may not make it: it is INTEL's call |
        | FTTI            | FTTI may not make it: it is INTEL's call    |
        | Company counsel | Company counsel acts for COMPANY            |

    Scenario: When nobody has judged the Company's conduct of the defence, whether it is diligent is unknown
      Given the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company" on "2004-03-10" by written notice to the Indemnified Parties
      When the deal is checked as of "2004-03-20"
      Then "spa.6.5" is "unknown" for "INTEL"
      And "spa.6.5" for "INTEL" is missing "third_party_claims[INTEL#1].defence_conducted_diligently"

    Scenario: A claim with no third party behind it is not this rule's
      Given there are no "third_party_claims"
      When the deal is checked as of "2004-03-20"
      Then "spa.6.5" is "not applicable" for every party

    @waiver
    Scenario: The Company and every Investor waive it in writing under §7.9
      Given the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company" on "2004-03-10" without written notice to the Indemnified Parties
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.5" in writing on "2004-03-15"
      When the deal is checked as of "2004-03-20"
      Then "spa.6.5" is "waived" for "INTEL"
