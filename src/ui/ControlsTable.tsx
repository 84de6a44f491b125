// The controls as they are bound now, for the start screen and the pause menu.
import { controlsList, useControls } from './controls';

export function ControlsTable() {
  const { bindings, device } = useControls();
  return (
    <table className="controls">
      <tbody>
        {controlsList(bindings, device).map((c) => (
          <tr key={c.what}>
            <th>
              <kbd>{c.keys}</kbd>
            </th>
            <td>{c.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
