# A component is one folder under src/ (sources) with its public headers under
# include/sallyport/<name>/ and its tests under tests/<name>/. Each becomes a static
# library `sallyport_<name>` and, when it has tests, a test program `test_<name>`.
# Globbing keeps CMake out of the way when files are added; CONFIGURE_DEPENDS re-globs.

function(sallyport_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
    -Wimplicit-fallthrough)
  if(SALLYPORT_WERROR)
    # These diagnostics come from GCC 12's optimiser looking into libstdc++ and Boost internals
    # (e.g. -Wrestrict on std::string concatenation at -O2, GCC bug 105329): they stay visible
    # as warnings but must not fail a build whose debug configuration is clean.
    target_compile_options(${target} PRIVATE -Werror -Wno-error=restrict
      -Wno-error=stringop-overflow -Wno-error=stringop-overread -Wno-error=array-bounds
      -Wno-error=maybe-uninitialized -Wno-error=dangling-pointer -Wno-error=free-nonheap-object)
  endif()
endfunction()

function(sallyport_component name)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  file(GLOB_RECURSE srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.cpp)
  if(NOT srcs)  # a component that is only headers so far
    add_library(sallyport_${name} INTERFACE)
    target_include_directories(sallyport_${name} INTERFACE ${PROJECT_SOURCE_DIR}/include)
    target_link_libraries(sallyport_${name} INTERFACE ${ARG_DEPS})
  else()
    add_library(sallyport_${name} STATIC ${srcs})
    target_include_directories(sallyport_${name} PUBLIC ${PROJECT_SOURCE_DIR}/include
                                                PRIVATE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(sallyport_${name} PUBLIC ${ARG_DEPS})
    sallyport_warnings(sallyport_${name})
    # A build that compiles at -O0 to save time (the asan preset) keeps -O1 for components whose
    # tests spend their time computing: the guard scores thousands of corpus definitions.
    if(name IN_LIST SALLYPORT_OPTIMIZED_COMPONENTS)
      target_compile_options(sallyport_${name} PRIVATE -O1)
    endif()
  endif()
  add_library(sallyport::${name} ALIAS sallyport_${name})
endfunction()

# tests/<name>/*_test.cpp → test_<name>, registered with CTest (one CTest entry per program:
# gtest output stays readable and discovery does not slow the build).
function(sallyport_test name)
  cmake_parse_arguments(ARG "" "" "DEPS;LABELS" ${ARGN})
  file(GLOB_RECURSE srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.cpp)
  if(NOT srcs)
    return()
  endif()
  add_executable(test_${name} ${srcs})
  set_target_properties(test_${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  target_include_directories(test_${name} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
  target_link_libraries(test_${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_compile_definitions(test_${name} PRIVATE
    SALLYPORT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SALLYPORT_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
    SALLYPORT_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
  sallyport_warnings(test_${name})
  add_test(NAME ${name} COMMAND test_${name} --gtest_brief=1)
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
