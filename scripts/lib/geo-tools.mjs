// The packages that regenerate the maps' geometry are not part of the default install (they are large and only
// needed when the geometry is rebuilt). `npm run geo:tools` installs them, at exact versions, without saving.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** require() of a geometry source, or a clear instruction when it is not installed. */
export function geoRequire(id) {
  try {
    return require(id);
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND') {
      console.error(`找不到 ${id}：生成地图几何数据的工具包不随 npm install 安装。请先运行 npm run geo:tools。`);
      process.exit(1);
    }
    throw error;
  }
}
