# Checks of the desktop files and of the Debian package built from this tree.
# The tools come with scripts/install-deps.sh test; a missing tool fails the
# test rather than skipping it.

# desktop-file-validate exits 0 on warnings and hints, so those fail too.
add_test(NAME desktop_entry_valid COMMAND desktop-file-validate ${CMAKE_CURRENT_SOURCE_DIR}/${app_id}.desktop)
set_tests_properties(desktop_entry_valid PROPERTIES FAIL_REGULAR_EXPRESSION "error:|warning:|hint:")

# Errors and warnings fail appstreamcli itself; infos (e.g. a missing
# content rating) are made to fail here. The one pedantic note left,
# cid-contains-uppercase-letter, is the chosen id's capitals and stays.
add_test(NAME metainfo_valid COMMAND appstreamcli validate --no-net --pedantic ${CMAKE_CURRENT_SOURCE_DIR}/${app_id}.metainfo.xml)
set_tests_properties(metainfo_valid PROPERTIES FAIL_REGULAR_EXPRESSION "(^|\n)I: ")

add_test(NAME deb_installs_and_runs
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/check-deb.sh ${CMAKE_CPACK_COMMAND} ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${app_id})
set_tests_properties(deb_installs_and_runs PROPERTIES TIMEOUT 180)
