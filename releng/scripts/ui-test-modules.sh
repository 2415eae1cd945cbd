# Sourced by the scripts that run one UI test class (benchmarks, documentation pictures): the
# reactor modules the UI tests need, for ./mvnw -pl.
UI_TEST_MODULES=releng/dev.kiln.target,bundles/dev.kiln.model,bundles/dev.kiln.model.edit,bundles/dev.kiln.image
UI_TEST_MODULES=$UI_TEST_MODULES,bundles/dev.kiln.publish,bundles/dev.kiln.build,bundles/dev.kiln.core,bundles/dev.kiln.launch,bundles/dev.kiln.ui,tests/dev.kiln.publish.testsupport
UI_TEST_MODULES=$UI_TEST_MODULES,tests/dev.kiln.testsupport,tests/dev.kiln.ui.testsupport
# the UI tests come after the product (one of them runs releng/kiln), so they need it and what it is made of
UI_TEST_MODULES=$UI_TEST_MODULES,bundles/dev.kiln.cli,features/dev.kiln.feature,releng/dev.kiln.product,tests/dev.kiln.ui.tests
export UI_TEST_MODULES
