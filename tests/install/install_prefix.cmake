# ctest fixture of the install-tree test: a fresh `cmake --install` of the
# build into PREFIX (run as: cmake -DBUILD=… -DPREFIX=… -P install_prefix.cmake).
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD} --prefix ${PREFIX} failed: ${result}")
endif()
