// resources.h — where the bundled data (resources/: demo prompts, pairs and
// model, ...) is found at run time, in this order:
//   1. the PREFSTUDIO_RESOURCES environment variable (a folder);
//   2. <folder of the executable>/../share/prefstudio/resources (an install);
//   3. the source tree's resources/ folder, compiled in as PS_RESOURCES_DIR
//      (a build used in place, tests, CI).
// The first that exists wins. Not here: the files' formats.
#pragma once

#include <QString>

namespace ps {

QString resourcesDir();

}  // namespace ps
