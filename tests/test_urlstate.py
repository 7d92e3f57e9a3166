from factcheck import urlstate


def test_normalise_moves_facet_fields_under_in_and_drops_empties():
    assert urlstate.normalise({"verdict": "inaccurate", "workflow__exact": "done", "q": " ", "page": "2"}) == {
        "verdict__in": "inaccurate", "workflow__in": "done", "page": "2"}


def test_with_values_joins_lists_and_goes_back_to_page_one():
    state = {"verdict__in": "inaccurate", "page": "3", "sort": "-said_at"}
    assert urlstate.with_values(state, "verdict__in", ["accurate", "none"]) == {
        "verdict__in": "accurate,none", "sort": "-said_at"}
    assert urlstate.with_values(state, "verdict__in", []) == {"sort": "-said_at"}
    assert urlstate.with_values(state, "page", 4) == {"verdict__in": "inaccurate", "sort": "-said_at", "page": "4"}


def test_filter_pairs_leave_out_page_state():
    assert urlstate.filter_pairs({"q": "x", "page": "2", "sort": "id"}) == {"q": "x"}


def test_a_speaker_whose_name_holds_a_comma_survives_the_url():
    from factcheck import filters

    names = ["Smith, John", "Barack Obama", 'Dwayne "The Rock" Johnson']
    state = urlstate.with_values({}, "speaker__in", names)
    assert state == {"speaker__in": '"Smith, John",Barack Obama,"Dwayne ""The Rock"" Johnson"'}
    assert urlstate.values_of(state, "speaker__in") == names
    assert urlstate.values_of({"speaker__in": "a, b"}, "speaker__in") == ["a", "b"]  # old links read as before
    where = filters.build_where(state)
    assert where.params[:3] == names
