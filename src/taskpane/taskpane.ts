/** Entry of the task pane bundle: mounts the pane on taskpane.html with the actions of its host. */
import { makeDownloadActions } from "./make-download-actions";
import { mountPane } from "./mount-pane";

mountPane(document, makeDownloadActions(), null);
