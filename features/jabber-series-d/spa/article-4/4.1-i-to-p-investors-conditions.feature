@jabber_series_d
Feature: SPA §4.1(i)-(p): conditions to each Investor's obligation to close
  Good standing certificates, the legal opinion, the Board, the proceedings, corporate consents, the
  conversion of the Prior Preferred Stock and of the Webb Note, and the $7,200,000 minimum investment.
  Each condition has one result for each Investor, and each Investor may waive it in writing for itself.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_4_1_i
  Rule: §4.1(i) Good standing certificates from Delaware and Colorado, as of a recent date before the Closing

    @boundary
    Scenario: Certificates confirming good standing as of the day before the Closing meet the condition
      Given the "dated" of the "documents" record "good_standing_delaware" is "2003-03-17"
      And the "dated" of the "documents" record "good_standing_colorado" is "2003-03-17"
      And "Investors' counsel" confirms "good_standing.as_of_recent_date" is "true" on "2003-03-17"
      When the deal is checked
      Then "spa.4.1.i" is "met" for every party
      And the reason for "spa.4.1.i" for "FTTI" mentions "FTTI has received, by the Closing Date (March 18, 2003), the Delaware good standing certificate dated March 17, 2003 and the Colorado one dated March 17, 2003, and they confirm the Company's good standing as of a recent date prior to the Closing"

    Scenario: Newer certificates after counsel judged the old ones recent: the judgement must be re-confirmed
      Given the "dated" of the "documents" record "good_standing_delaware" is "2003-03-17"
      When the deal is checked
      Then "spa.4.1.i" is "unknown" for every party
      And "spa.4.1.i" for "FTTI" sets aside the judgement by "Investors' counsel" because "re-confirm: delaware_certificate_dated changed from 2003-03-14 to 2003-03-17 since Investors' counsel asserted it on 2003-03-17"

    Scenario: "recent" is the Investors' call, so the Company's view that the certificates are recent is set aside
      Given "COMPANY" confirms "good_standing.as_of_recent_date" is "true" on "2003-03-17"
      When the deal is checked
      Then "spa.4.1.i" is "unknown" for every party
      And "spa.4.1.i" for "INTEL" sets aside the assertion by "COMPANY" because "COMPANY may not make it: it is the call of FTTI, INTEL or WEBB"

    @boundary
    Scenario: A Delaware certificate dated the Closing Date itself is not "prior to the Closing"
      Given the "dated" of the "documents" record "good_standing_delaware" is "2003-03-18"
      When the deal is checked
      Then "spa.4.1.i" is "not met" for every party
      And the working for "spa.4.1.i" for "FTTI" mentions "2003-03-18"
      And the reason for "spa.4.1.i" for "FTTI" mentions "The Delaware good standing certificate is dated March 18, 2003, not a date prior to the Closing Date (March 18, 2003)"

    Scenario: Webb has not received the Colorado certificate, so the condition fails for Webb only
      Given the "delivered_to" of the "documents" record "good_standing_colorado" is "FTTI, INTEL"
      When the deal is checked
      Then "spa.4.1.i" is "not met" for "WEBB"
      And "spa.4.1.i" is "met" for "FTTI"
      And "spa.4.1.i" is "met" for "INTEL"
      And the reason for "spa.4.1.i" for "WEBB" mentions "Webb has not received the Colorado good standing certificate (delivered to: FTTI and Intel)"

    Scenario: A Delaware certificate that the Delaware authorities have not actually issued does not satisfy the condition
      # §4.1(i) requires "certificates issued by the applicable Governmental Authorities"; facts.yaml
      # says fully_executed records that "the state authorities" have issued a good standing certificate.
      Given the "fully_executed" of the "documents" record "good_standing_delaware" is "false"
      When the deal is checked
      Then "spa.4.1.i" is "not met" for every party
      And the reason for "spa.4.1.i" for "INTEL" mentions "The Delaware good standing certificate has not been issued by the Delaware authorities"

    Scenario: Until someone judges the certificates recent enough, the condition is unknown
      Given the fact "good_standing.as_of_recent_date" is unknown
      When the deal is checked
      Then "spa.4.1.i" is "unknown" for every party
      And "spa.4.1.i" for "FTTI" is missing "good_standing.as_of_recent_date"

    @waiver
    Scenario: Webb's written waiver of the missing Colorado certificate releases Webb's condition
      Given the "delivered_to" of the "documents" record "good_standing_colorado" is "FTTI, INTEL"
      And "WEBB" waives "spa.4.1.i" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.i" is "waived" for "WEBB"
      And "spa.4.1.i" is "met" for "FTTI"

    @boundary
    Scenario: Read as at most 30 days, certificates 4 days old meet the condition without any judgement
      Given the setting "good_standing_recent" is "30"
      And the fact "good_standing.as_of_recent_date" is unknown
      When the deal is checked
      Then "spa.4.1.i" is "met" for every party
      And the working for "spa.4.1.i" for "FTTI" mentions "2003-03-18 - 2003-03-14 = 4"
      And the working for "spa.4.1.i" for "FTTI" mentions "settings.good_standing_recent = 30 days"
      And "spa.4.1.i" used the setting "good_standing_recent" as "30"
      And the reason for "spa.4.1.i" for "FTTI" mentions "at 4 and 4 days old, they are within the 30 days chosen as recent"

    @boundary
    Scenario: Read as at most 3 days, the same certificates, 4 days old, are not recent
      Given the setting "good_standing_recent" is "3"
      When the deal is checked
      Then "spa.4.1.i" is "not met" for every party
      And the working for "spa.4.1.i" for "WEBB" mentions "= 4"
      And "spa.4.1.i" used the setting "good_standing_recent" as "3"
      And the reason for "spa.4.1.i" for "WEBB" mentions "dated March 14, 2003 (Delaware) and March 14, 2003 (Colorado), 4 and 4 days before the Closing Date (March 18, 2003): at least one is older than the 3 days chosen as recent"

    @boundary
    Scenario: Read as at most 4 days, certificates exactly 4 days old are recent
      Given the setting "good_standing_recent" is "4"
      When the deal is checked
      Then "spa.4.1.i" is "met" for every party

    @boundary
    Scenario: If a certificate dated the Closing Date counts, counsel's re-confirmed judgement meets the condition
      Given the setting "good_standing_same_day" is "closing_date_counts"
      And the "dated" of the "documents" record "good_standing_delaware" is "2003-03-18"
      And "Investors' counsel" confirms "good_standing.as_of_recent_date" is "true" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.i" is "met" for every party
      And "spa.4.1.i" used the setting "good_standing_same_day" as "closing_date_counts"
      And the reason for "spa.4.1.i" for "INTEL" mentions "the Delaware good standing certificate dated March 18, 2003"

    @boundary
    Scenario: By default a certificate dated the Closing Date fails even when counsel judges it recent
      Given the "dated" of the "documents" record "good_standing_delaware" is "2003-03-18"
      And "Investors' counsel" confirms "good_standing.as_of_recent_date" is "true" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.i" is "not met" for every party
      And "spa.4.1.i" used the setting "good_standing_same_day" as "before_closing_date"

    @boundary
    Scenario: If a certificate dated the Closing Date counts, it is 0 days old when a number of days is chosen
      Given the setting "good_standing_same_day" is "closing_date_counts"
      And the setting "good_standing_recent" is "30"
      And the "dated" of the "documents" record "good_standing_delaware" is "2003-03-18"
      When the deal is checked
      Then "spa.4.1.i" is "met" for every party
      And the working for "spa.4.1.i" for "INTEL" mentions "2003-03-18 - 2003-03-18 = 0"

    Scenario: Left unresolved, a certificate dated the Closing Date puts the condition in doubt, with the question for counsel
      Given the setting "good_standing_same_day" is "unresolved"
      And the "dated" of the "documents" record "good_standing_delaware" is "2003-03-18"
      And "Investors' counsel" confirms "good_standing.as_of_recent_date" is "true" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.i" is "unknown" for every party
      And the reason for "spa.4.1.i" for "FTTI" mentions "Is a good standing certificate dated the Closing Date itself"
      And the working for "spa.4.1.i" for "FTTI" mentions "met under closing_date_counts"
      And the working for "spa.4.1.i" for "FTTI" mentions "not met under before_closing_date"
      And "spa.4.1.i" for "FTTI" is missing "settings.good_standing_same_day"
      And "spa.4.1.i" used the setting "good_standing_same_day" as "unresolved"

    Scenario: Left unresolved, the same-day question does not matter for certificates dated days before the Closing
      Given the setting "good_standing_same_day" is "unresolved"
      When the deal is checked
      Then "spa.4.1.i" is "met" for every party
      And the working for "spa.4.1.i" for "FTTI" mentions "the same under every reading of good_standing_same_day"

    Scenario: Left unresolved, "recent" is met by judgement but no number of days has been chosen, so it is unknown
      Given the setting "good_standing_recent" is "unresolved"
      When the deal is checked
      Then "spa.4.1.i" is "unknown" for every party
      And the working for "spa.4.1.i" for "WEBB" mentions "met under judgement"
      And the reason for "spa.4.1.i" for "WEBB" mentions "the Investors' judgement, or a given number of days before the Closing Date"

    Scenario: Left unresolved, a certificate Webb never received fails the condition for Webb under every reading
      Given the setting "good_standing_recent" is "unresolved"
      And the "delivered_to" of the "documents" record "good_standing_colorado" is "FTTI, INTEL"
      When the deal is checked
      Then "spa.4.1.i" is "not met" for "WEBB"
      And the working for "spa.4.1.i" for "WEBB" mentions "the same under every reading of good_standing_recent"
      And "spa.4.1.i" is "unknown" for "FTTI"
      And the reason for "spa.4.1.i" for "WEBB" mentions "Webb has not received the Colorado good standing certificate"

  @spa_4_1_j
  Rule: §4.1(j) The Investors have received the opinion of the Company's counsel, dated the Closing Date

    Scenario: An opinion judged not to be in the form of Exhibit I fails the condition for every Investor
      Given the "in_agreed_form" of the "documents" record "legal_opinion" is "false" as asserted by "Investors' counsel"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for every party
      And the working for "spa.4.1.j" for "INTEL" mentions "in_agreed_form is false"
      And the reason for "spa.4.1.j" for "INTEL" mentions "The legal opinion is not in the form of Exhibit I"

    Scenario: An executed opinion dated and delivered on the Closing Date meets the condition
      Given the document "legal_opinion" signed by "" and delivered to "FTTI, INTEL, WEBB" dated "2003-03-18"
      And the "delivered_on" of the "documents" record "legal_opinion" is "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "met" for every party
      And the reason for "spa.4.1.j" for "FTTI" mentions "FTTI has received the legal opinion of the Company's counsel, dated the Closing Date (March 18, 2003), in the form of Exhibit I"

    @boundary
    Scenario: An opinion dated the day before the Closing Date is not "dated the Closing Date"
      Given the "dated" of the "documents" record "legal_opinion" is "2003-03-17"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for every party
      And the working for "spa.4.1.j" for "FTTI" mentions "2003-03-17"
      And the reason for "spa.4.1.j" for "FTTI" mentions "The legal opinion is dated March 17, 2003, not the Closing Date (March 18, 2003)"

    Scenario: An opinion delivered to FTTI and Intel only fails the condition for Webb alone
      Given the "delivered_to" of the "documents" record "legal_opinion" is "FTTI, INTEL"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for "WEBB"
      And "spa.4.1.j" is "met" for "FTTI"
      And "spa.4.1.j" is "met" for "INTEL"
      And the reason for "spa.4.1.j" for "WEBB" mentions "Webb has not received the legal opinion (delivered to: FTTI and Intel)"

    Scenario: An unsigned draft opinion is not yet an opinion of counsel
      Given the "fully_executed" of the "documents" record "legal_opinion" is "false"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for every party
      And the reason for "spa.4.1.j" for "INTEL" mentions "is not signed by the Company's counsel"

    @boundary
    Scenario: An opinion delivered the day after the Closing Date fails the condition when checked that day
      Given the "delivered_on" of the "documents" record "legal_opinion" is "2003-03-19"
      When the deal is checked as of "2003-03-19"
      Then "spa.4.1.j" is "not met" for every party
      And the reason for "spa.4.1.j" for "FTTI" mentions "The legal opinion reached FTTI on March 19, 2003, after the Closing Date (March 18, 2003)"

    Scenario: An opinion whose date nobody has recorded leaves the condition unknown
      Given the "dated" of the "documents" record "legal_opinion" is "unknown"
      When the deal is checked
      Then "spa.4.1.j" is "unknown" for every party
      And "spa.4.1.j" for "FTTI" is missing "documents[legal_opinion].dated"

    @waiver
    Scenario: Intel's written waiver of a misdated opinion releases Intel alone
      Given the "dated" of the "documents" record "legal_opinion" is "2003-03-17"
      And "INTEL" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "waived" for "INTEL"
      And "spa.4.1.j" is "not met" for "FTTI"
      And "spa.4.1.j" is "not met" for "WEBB"

  @spa_4_1_k
  Rule: §4.1(k) The Board at the Closing is the six named directors and one qualified, independent nominee

    Scenario: The six named directors and the agreed independent nominee meet the condition
      Given the fact "board.directors_at_closing" is "William Cullen, Rick Jennewine, Claude Perdrillat, Stephane Couvreur, Robert Balgley, Perry Evans, Second Independent Director"
      When the deal is checked
      Then "spa.4.1.k" is "met" for every party
      And the reason for "spa.4.1.k" for "FTTI" mentions "the Board of Directors is comprised of William Cullen, Rick Jennewine, Claude Perdrillat, Stephane Couvreur, Robert Balgley, Perry Evans and Second Independent Director"
      And the reason for "spa.4.1.k" for "FTTI" mentions "the nominee agreed by Webb, FTTI and Intel under the Voting Agreement"

    Scenario: A Board list that names William Cullen by a spelling no document uses fails the condition
      Given the fact "board.directors_at_closing" is "Wm. Cullen, Rick Jennewine, Claude Perdrillat, Stephane Couvreur, Robert Balgley, Perry Evans, Second Independent Director"
      When the deal is checked
      Then "spa.4.1.k" is "not met" for every party
      And the working for "spa.4.1.k" for "FTTI" mentions "William Cullen"
      And the reason for "spa.4.1.k" for "FTTI" mentions "does not include each of William Cullen, Rick Jennewine"

    Scenario: An eighth director means the Board is not "comprised of" the seven required
      Given the fact "board.directors_at_closing" is "William Cullen, Rick Jennewine, Claude Perdrillat, Stephane Couvreur, Robert Balgley, Perry Evans, Second Independent Director, Extra Director"
      When the deal is checked
      Then "spa.4.1.k" is "not met" for every party
      And the reason for "spa.4.1.k" for "INTEL" mentions "The Board at the Closing has 8 members"
      And the reason for "spa.4.1.k" for "INTEL" mentions "not the seven §4.1(k) names"

    Scenario: A nominee agreed upon by Webb, FTTI and Intel, independent of each of them, meets the condition
      Given the fact "board.independent_director.nominee_agreed_by" is "WEBB, FTTI, INTEL"
      And "FTTI" confirms "board.independent_director.independent_of" for "FTTI" is "true" on "2003-03-18"
      And "INTEL" confirms "board.independent_director.independent_of" for "INTEL" is "true" on "2003-03-18"
      And "WEBB" confirms "board.independent_director.independent_of" for "WEBB" is "true" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.k" is "met" for every party

    Scenario: A seventh director Intel has not agreed to is not nominated in accordance with the Voting Agreement
      Given the fact "board.independent_director.nominee_agreed_by" is "WEBB, FTTI"
      When the deal is checked
      Then "spa.4.1.k" is "not met" for every party
      And the working for "spa.4.1.k" for "INTEL" mentions "INTEL in board.independent_director.nominee_agreed_by is false"
      And the reason for "spa.4.1.k" for "INTEL" mentions "is not a nominee agreed by each of Webb, FTTI and Intel, as the Voting Agreement requires (agreed by: Webb and FTTI)"

    Scenario: Until it is recorded who agreed upon the nominee, the condition is unknown
      Given the fact "board.independent_director.nominee_agreed_by" is unknown
      When the deal is checked
      Then "spa.4.1.k" is "unknown" for every party
      And "spa.4.1.k" for "FTTI" is missing "board.independent_director.nominee_agreed_by"

    Scenario: A director who is not independent of Intel fails the condition for every Investor, not only for Intel
      Given "INTEL" confirms "board.independent_director.independent_of" for "INTEL" is "false" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.k" is "not met" for every party
      And the working for "spa.4.1.k" for "WEBB" mentions "INTEL"
      And the reason for "spa.4.1.k" for "WEBB" mentions "Second Independent Director is not independent of every Investor, as the Voting Agreement requires (independent of: FTTI yes, Intel no, Webb yes)"

    Scenario: FTTI cannot vouch for the director's independence of Intel: that is Intel's call
      Given "FTTI" confirms "board.independent_director.independent_of" for "INTEL" is "true" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.k" is "unknown" for every party
      And "spa.4.1.k" for "WEBB" sets aside the assertion by "FTTI" because "it is INTEL's call"

    Scenario: A different director after the Investors judged independence must be re-confirmed
      Given the fact "board.independent_director.name" is "Another Nominee"
      And the fact "board.directors_at_closing" is "William Cullen, Rick Jennewine, Claude Perdrillat, Stephane Couvreur, Robert Balgley, Perry Evans, Another Nominee"
      When the deal is checked
      Then "spa.4.1.k" is "unknown" for every party
      And "spa.4.1.k" for "FTTI" sets aside the judgement by "WEBB" because "director changed from Second Independent Director to Another Nominee since WEBB asserted it on 2003-03-18"

    Scenario: A tie to Intel disclosed after Intel judged the nominee independent must be re-confirmed by Intel
      Given the fact "board.independent_director.ties" for "INTEL" is "consulting agreement with Intel Capital"
      When the deal is checked
      Then "spa.4.1.k" is "unknown" for every party
      And "spa.4.1.k" for "WEBB" sets aside the judgement by "INTEL" because "ties changed from [] to [consulting agreement with Intel Capital]"

    Scenario: Intel re-confirms its judgement with the tie in view, and the condition is decided again
      Given the fact "board.independent_director.ties" for "INTEL" is "consulting agreement with Intel Capital"
      And "INTEL" confirms "board.independent_director.independent_of" for "INTEL" is "false" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.k" is "not met" for every party

    Scenario: Until someone asserts that the director is independent of Webb, the condition is unknown for every Investor
      Given the fact "board.independent_director.independent_of" for "WEBB" is unknown
      When the deal is checked
      Then "spa.4.1.k" is "unknown" for every party
      And "spa.4.1.k" for "FTTI" is missing "board.independent_director.independent_of[WEBB]"

    Scenario: Until someone asserts that the nominee is qualified and independent, the condition is unknown
      Given the fact "board.independent_director.qualified_and_independent" is unknown
      When the deal is checked
      Then "spa.4.1.k" is "unknown" for every party
      And "spa.4.1.k" for "WEBB" is missing "board.independent_director.qualified_and_independent"

    @waiver
    Scenario: FTTI's written waiver of the Board composition releases FTTI alone
      Given the fact "board.independent_director.nominee_agreed_by" is "WEBB, INTEL"
      And "FTTI" waives "spa.4.1.k" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.k" is "waived" for "FTTI"
      And "spa.4.1.k" is "not met" for "INTEL"
      And "spa.4.1.k" is "not met" for "WEBB"

  @spa_4_1_l
  Rule: §4.1(l) The proceedings are reasonably satisfactory to each Investor, which has the copies it requested

    Scenario: Each Investor satisfied and no copies requested meets the condition
      When the deal is checked
      Then "spa.4.1.l" is "met" for every party
      And the reason for "spa.4.1.l" for "FTTI" mentions "are reasonably satisfactory in substance and form to FTTI, which requested no counterpart originals or copies"

    Scenario: FTTI is not satisfied with the proceedings, which fails FTTI's condition only
      Given the fact "closing_proceedings.reasonably_satisfactory" for "FTTI" is "false" as asserted by "FTTI"
      When the deal is checked
      Then "spa.4.1.l" is "not met" for "FTTI"
      And "spa.4.1.l" is "met" for "INTEL"
      And "spa.4.1.l" is "met" for "WEBB"
      And the reason for "spa.4.1.l" for "FTTI" mentions "are not reasonably satisfactory in substance and form to FTTI"

    Scenario: Webb has not received a certified copy it reasonably requested
      Given the fact "closing_proceedings.copies_reasonably_requested" for "WEBB" is "certified board resolutions" as asserted by "WEBB"
      When the deal is checked
      Then "spa.4.1.l" is "not met" for "WEBB"
      And "spa.4.1.l" is "met" for "FTTI"
      And the working for "spa.4.1.l" for "WEBB" mentions "certified board resolutions"
      And the reason for "spa.4.1.l" for "WEBB" mentions "Webb has not received every counterpart original or copy it reasonably requested (requested: certified board resolutions; received: none)"

    Scenario: Webb has received the certified copy it reasonably requested
      Given the fact "closing_proceedings.copies_reasonably_requested" for "WEBB" is "certified board resolutions" as asserted by "WEBB"
      And the fact "closing_proceedings.copies_received" for "WEBB" is "certified board resolutions"
      When the deal is checked
      Then "spa.4.1.l" is "met" for "WEBB"
      And the reason for "spa.4.1.l" for "WEBB" mentions "which has received the counterpart originals or copies it reasonably requested: certified board resolutions"

    Scenario: Until Webb says whether it is satisfied, Webb's condition is unknown
      Given the fact "closing_proceedings.reasonably_satisfactory" for "WEBB" is unknown
      When the deal is checked
      Then "spa.4.1.l" is "unknown" for "WEBB"
      And "spa.4.1.l" is "met" for "FTTI"
      And "spa.4.1.l" for "WEBB" is missing "closing_proceedings.reasonably_satisfactory[WEBB]"

    @waiver
    Scenario: FTTI's written waiver of its own dissatisfaction releases FTTI's condition
      Given the fact "closing_proceedings.reasonably_satisfactory" for "FTTI" is "false" as asserted by "FTTI"
      And "FTTI" waives "spa.4.1.l" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.l" is "waived" for "FTTI"
      And "spa.4.1.l" is "met" for "INTEL"

  @spa_4_1_m
  Rule: §4.1(m) The Company has obtained all Board and stockholder consents necessary

    Scenario: Board and stockholder consents obtained meet the condition
      Given the fact "corporate_consents.board_and_stockholder_obtained" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.m" is "met" for every party
      And the reason for "spa.4.1.m" for "FTTI" mentions "The Company has obtained every Board of Director and stockholder consent, waiver and other instrument necessary"

    Scenario: A missing stockholder consent fails the condition
      Given the fact "corporate_consents.board_and_stockholder_obtained" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.m" is "not met" for every party
      And the reason for "spa.4.1.m" for "WEBB" mentions "The Company has not obtained every Board of Director and stockholder consent, waiver and other instrument necessary"

    Scenario: Without a statement on the corporate consents the condition is unknown
      Given the fact "corporate_consents.board_and_stockholder_obtained" is unknown
      When the deal is checked
      Then "spa.4.1.m" is "unknown" for every party
      And "spa.4.1.m" for "FTTI" is missing "corporate_consents.board_and_stockholder_obtained"

    @waiver
    Scenario: Intel's written waiver of a missing consent releases Intel alone
      Given the fact "corporate_consents.board_and_stockholder_obtained" is "false" as asserted by "COMPANY"
      And "INTEL" waives "spa.4.1.m" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.m" is "waived" for "INTEL"
      And "spa.4.1.m" is "not met" for "FTTI"
      And "spa.4.1.m" is "not met" for "WEBB"

  @spa_4_1_n
  Rule: §4.1(n) The Restated Certificate converts the Prior Preferred Stock and leaves none authorized

    Scenario: Counsel confirms the conversion and no Prior Preferred Stock remains authorized
      When the deal is checked
      Then "spa.4.1.n" is "met" for every party
      And the working for "spa.4.1.n" for "FTTI" mentions "prior_preferred_conversion.counsel_confirmed is true"
      And the reason for "spa.4.1.n" for "FTTI" mentions "into 1,000 shares of Common Stock simultaneously with the Closing, which counsel has confirmed meets §4.1(n)"

    Scenario: A single share of Prior Preferred Stock still authorized after the filing fails the condition
      Given the fact "restated_certificate.prior_preferred_authorized_after_filing" is "1"
      When the deal is checked
      Then "spa.4.1.n" is "not met" for every party
      And the reason for "spa.4.1.n" for "INTEL" mentions "Prior Preferred Stock remains authorized (number of shares: 1); §4.1(n) requires that there be none"

    Scenario: A Restated Certificate that does not cancel the unissued Prior Preferred Stock fails the condition
      Given the fact "restated_certificate.cancels_unissued_prior_preferred" is "false"
      When the deal is checked
      Then "spa.4.1.n" is "not met" for every party
      And the reason for "spa.4.1.n" for "WEBB" mentions "does not cancel the authorized but unissued Series A, Series B and Series C Preferred Stock"

    Scenario: Until counsel confirms the conversion ratio, the condition is unknown
      Given the fact "prior_preferred_conversion.counsel_confirmed" is unknown
      When the deal is checked
      Then "spa.4.1.n" is "unknown" for every party
      And "spa.4.1.n" for "INTEL" is missing "prior_preferred_conversion.counsel_confirmed"

    Scenario: With counsel's confirmation, a one-for-one conversion meets the condition too
      Given the fact "restated_certificate.prior_preferred_conversion_ratio" is "1"
      When the deal is checked
      Then "spa.4.1.n" is "met" for every party
      And "spa.4.1.n" used the setting "prior_preferred_conversion_ratio" as "counsel_confirmed"
      And the reason for "spa.4.1.n" for "FTTI" mentions "into one share of Common Stock simultaneously with the Closing, which counsel has confirmed meets §4.1(n)"

    Scenario: Counsel's confirmation cannot save a ratio the Agreement never states, 100 for 1
      Given the fact "restated_certificate.prior_preferred_conversion_ratio" is "100"
      And the fact "prior_preferred_conversion.counsel_confirmed" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.n" is "not met" for every party
      And the working for "spa.4.1.n" for "FTTI" mentions "restated_certificate.prior_preferred_conversion_ratio"
      And the reason for "spa.4.1.n" for "FTTI" mentions "converts the Prior Preferred Stock at 100 to one, a ratio the Agreement never states"

    Scenario: Counsel's confirmation without the ratio the Restated Certificate provides leaves the condition unknown
      Given the fact "restated_certificate.prior_preferred_conversion_ratio" is unknown
      When the deal is checked
      Then "spa.4.1.n" is "unknown" for every party
      And "spa.4.1.n" for "WEBB" is missing "restated_certificate.prior_preferred_conversion_ratio"

    @waiver
    Scenario: Webb's written waiver of the cancellation of unissued Prior Preferred Stock releases Webb alone
      Given the fact "restated_certificate.cancels_unissued_prior_preferred" is "false"
      And "WEBB" waives "spa.4.1.n" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.n" is "waived" for "WEBB"
      And "spa.4.1.n" is "not met" for "FTTI"
      And "spa.4.1.n" is "not met" for "INTEL"

  @spa_4_1_o
  Rule: §4.1(o) Everything owed under the Webb Note converts into Shares at the Closing

    Scenario: Webb cancels exactly the $1,142,000 owed under the Webb Note
      Given "WEBB" invests "$0" in cash and "$1,142,000.00" by cancelling the Webb Note
      And the fact "webb_note.amount_owed_at_closing" is "$1,142,000.00"
      When the deal is checked
      Then "spa.4.1.o" is "met" for every party
      And the reason for "spa.4.1.o" for "FTTI" mentions "all $1,142,000.00 owed under the Webb Note is applied to Webb's Shares at the Closing"

    Scenario: Interest accrued to $1,150,000 but only $1,142,000 is cancelled, so not all amounts owed convert
      Given the fact "webb_note.amount_owed_at_closing" is "$1,150,000.00"
      When the deal is checked
      Then "spa.4.1.o" is "not met" for every party
      And the working for "spa.4.1.o" for "FTTI" mentions "$1,150,000.00"
      And the reason for "spa.4.1.o" for "FTTI" mentions "The Webb Note amount applied to Webb's Shares at the Closing ($1,142,000.00) is not the amount then owed under the Webb Note ($1,150,000.00)"

    Scenario: Without the consents needed to convert and retire the Webb Note the condition fails
      Given the fact "webb_note.necessary_steps_and_consents_completed" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.o" is "not met" for every party
      And the reason for "spa.4.1.o" for "WEBB" mentions "The Company has not taken all steps or obtained all consents and waivers necessary"

    Scenario: Without the amount owed under the Webb Note the condition is unknown
      Given the fact "webb_note.amount_owed_at_closing" is unknown
      When the deal is checked
      Then "spa.4.1.o" is "unknown" for every party
      And "spa.4.1.o" for "WEBB" is missing "webb_note.amount_owed_at_closing"

    @waiver
    Scenario: Intel's written waiver of a partial note conversion releases Intel alone
      Given the fact "webb_note.amount_owed_at_closing" is "$1,150,000.00"
      And "INTEL" waives "spa.4.1.o" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.o" is "waived" for "INTEL"
      And "spa.4.1.o" is "not met" for "FTTI"
      And "spa.4.1.o" is "not met" for "WEBB"

  @spa_4_1_p
  Rule: §4.1(p) The Investors together invest at least $7,200,000 at the Closing, the Webb Note included
    As planned, FTTI buys 12,259,180 Shares ($3,499,995.89) and pays cash; Intel buys 10,507,880 Shares
    ($2,999,999.74), pays $2,954,999.74 in cash and withholds $45,000.00 of its §7.1 expenses; Webb buys
    4,000,000 Shares ($1,142,000.00) by cancelling the Webb Note: $7,641,995.63 in all. By default the
    minimum is measured by the Purchase Price of the Shares bought at the Closing, each Investor counted
    up to what it validly paid (setting minimum_investment_measure).

    Scenario: The planned investments of $7,641,995.63, Webb Note and Intel's set-off included, meet the minimum
      When the deal is checked
      Then "spa.4.1.p" is "met" for every party
      And the reason for "spa.4.1.p" for "FTTI" mentions "$7,641,995.63"
      And the reason for "spa.4.1.p" for "INTEL" mentions "at least the $7,200,000 minimum (FTTI $3,499,995.89, Intel $2,999,999.74, Webb $1,142,000.00)"

    @boundary
    Scenario: The price of 25,218,915 whole Shares at $0.2855, $7,200,000.2325, meets the minimum
      Given "FTTI" buys "10,711,035" Shares
      And "FTTI" invests "$3,058,000.49" in cash
      When the deal is checked
      Then "spa.4.1.p" is "met" for every party
      And the reason for "spa.4.1.p" for "WEBB" mentions "$7,200,000.23"

    @boundary
    Scenario: The price of 25,218,914 whole Shares, $7,199,999.947, is one Share short, and the working says so
      Given "FTTI" buys "10,711,034" Shares
      And "FTTI" invests "$3,058,000.21" in cash
      When the deal is checked
      Then "spa.4.1.p" is "not met" for every party
      And the working for "spa.4.1.p" for "FTTI" mentions "= $7,199,999.947"
      And the working for "spa.4.1.p" for "FTTI" mentions "fewest_shares_for_minimum (SPA §4.1(p)) = 25,218,915"
      And the working for "spa.4.1.p" for "FTTI" mentions "price_of_fewest_shares (SPA §4.1(p)) = $7,200,000.2325"
      And the reason for "spa.4.1.p" for "FTTI" mentions "The Investors invested $7,199,999.947 at the Closing, $0.053 short of the $7,200,000 minimum"

    @boundary
    Scenario: FTTI underpays its own Shares by one cent: the minimum fails, and FTTI caused it
      Given "FTTI" invests "$3,058,000.25" in cash
      When the deal is checked
      Then "spa.4.1.p" is "not met" for every party
      And the reason for "spa.4.1.p" for "FTTI" mentions "the failure is FTTI's own"
      And the working for "spa.4.1.p" for "INTEL" mentions "= $7,199,999.99"
      And "spa.2.3.c" is "not met" for "FTTI"
      And the verdict mentions "FTTI itself caused 4.1(p) and is not released by its own default"

    Scenario: FTTI pays nothing and records its whole price as "expenses withheld": it has no §7.1 entitlement
      Given "FTTI" invests "$0" in cash
      And "FTTI" withholds "$3,499,995.89" for its expenses
      When the deal is checked
      Then "spa.4.1.p" is "not met" for every party
      And "spa.7.1.setoff" is "not met" for "FTTI"
      And the working for "spa.7.1.setoff" for "FTTI" mentions "reimbursement_entitlement[FTTI] (SPA §7.1) = $0.00"
      And "spa.2.3.c" is "not met" for "FTTI"
      And the closing is not ready
      And the verdict mentions "FTTI itself caused 4.1(p)"

    Scenario: Intel withholds more than its expenses: only its entitlement counts, and the excess is a shortfall
      Given "INTEL" invests "$2,934,999.74" in cash
      And "INTEL" withholds "$65,000.00" for its expenses
      When the deal is checked
      Then "spa.7.1.setoff" is "not met" for "INTEL"
      And the working for "spa.7.1.setoff" for "INTEL" mentions "reimbursement_entitlement[INTEL] (SPA §7.1) = $52,300.00"
      And "spa.2.3.c" is "not met" for "INTEL"
      And the working for "spa.2.3.c" for "INTEL" mentions "consideration[INTEL] (SPA §2.3(c)) = $2,987,299.74"
      And "spa.4.1.p" is "met" for every party

    Scenario: Intel's reimbursement is capped at $60,000 in aggregate, less what the Company already paid
      Given the fact "expense_reimbursement.intel_incurred" is "$80,000.00"
      And the fact "expense_reimbursement.intel_already_reimbursed" is "$20,000.00"
      And "INTEL" invests "$2,934,999.74" in cash
      And "INTEL" withholds "$65,000.00" for its expenses
      When the deal is checked
      Then "spa.7.1.setoff" is "not met" for "INTEL"
      And the working for "spa.7.1.setoff" for "INTEL" mentions "reimbursement_entitlement[INTEL] (SPA §7.1) = $40,000.00"

    Scenario: The known payments already reach the minimum, so a missing record for Webb does not matter
      Given "FTTI" buys "15,000,000" Shares
      And "FTTI" invests "$4,282,500.00" in cash
      And there is no "payments" record "WEBB"
      When the deal is checked
      Then "spa.4.1.p" is "met" for every party
      And the working for "spa.4.1.p" for "FTTI" mentions "does not depend on the unknown amounts"

    @spa_4_2_b
    Scenario: When nothing is known of Intel's payment, the minimum can be neither confirmed nor refused
      # Without Intel the others pay $4,641,995.89; whether the Investors reach $7,200,000 depends on
      # Intel's payment, which nobody has recorded: a missing amount is unknown, never zero.
      Given there is no "payments" record "INTEL"
      When the deal is checked
      Then "spa.4.1.p" is "unknown" for every party
      And "spa.4.1.p" for "FTTI" is missing "payments[INTEL]"
      And "spa.4.2.b" is "unknown"

    @boundary
    Scenario: Checked the day before the Closing, payments recorded at the Closing are not yet known
      When the deal is checked as of "2003-03-17"
      Then "spa.4.1.p" is "unknown" for every party
      And "spa.4.1.p" for "FTTI" is missing "payments[FTTI]"
      And "spa.4.1.p" for "FTTI" is missing "payments[WEBB]"

    @boundary
    Scenario: Webb's note cancellation recorded after the as-of date is not yet known
      Given the "paid_on" of the "payments" record "WEBB" is "2003-03-19"
      When the deal is checked as of "2003-03-18"
      Then "spa.4.1.p" is "unknown" for every party
      And "spa.4.1.p" for "FTTI" is missing "payments[WEBB]"

    @boundary
    Scenario: A payment made after the Closing Date is not invested "at the Closing", even when checked later
      Given the "paid_on" of the "payments" record "WEBB" is "2003-03-20"
      When the deal is checked as of "2003-03-21"
      Then "spa.4.1.p" is "not met" for every party
      And the working for "spa.4.1.p" for "FTTI" mentions "payments[WEBB#1].paid_on = 2003-03-20"

    Scenario: A cure payment a week later makes up FTTI's price, but not the minimum "at the Closing"
      Given "FTTI" invests "$3,058,000.25" in cash
      And "FTTI" also pays "$441,995.64" in cash on "2003-03-25"
      When the deal is checked as of "2003-03-25"
      Then "spa.2.3.c" is "met" for "FTTI"
      And "spa.4.1.p" is "not met" for every party

    Scenario: An amount left blank is unknown, never zero, so the minimum cannot be confirmed
      Given the "cash" of the "payments" record "FTTI" is "unknown"
      When the deal is checked
      Then "spa.4.1.p" is "unknown" for every party
      And "spa.4.1.p" for "FTTI" is missing "payments[FTTI#1].cash"

    @waiver @spa_4_2_b
    Scenario: Intel's written waiver of a shortfall releases Intel alone and not the Company's condition §4.2(b)
      Given "FTTI" invests "$3,058,000.25" in cash
      And "INTEL" waives "spa.4.1.p" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.p" is "waived" for "INTEL"
      And "spa.4.1.p" is "not met" for "FTTI"
      And "spa.4.1.p" is "not met" for "WEBB"
      And "spa.4.2.b" is "not met"
